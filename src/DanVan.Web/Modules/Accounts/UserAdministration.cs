using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Accounts;

/// <summary>Creating users, granting memberships and issuing tokens: shared by the administration pages and the CLI.</summary>
public sealed class UserAdministration(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, PermissionCatalog permissions) : IMemberAssignment
{
    /// <summary>
    /// Creates a user. With no password given, a one-time password is generated and returned. Either way the person
    /// chooses their own at first sign-in: a password somebody else chose is never theirs to keep
    /// (<paramref name="mustChangePassword"/> false only for an account whose person chose it, e.g. in tests).
    /// </summary>
    public async Task<(AppUser User, string? OneTimePassword)> CreateUserAsync(string email, string fullName, bool isAdministrator, string? password, CancellationToken cancellationToken, bool mustChangePassword = true)
    {
        var oneTime = password is null ? FirstAdministrator.GeneratePassword() : null;
        var user = AppUser.Create(email, fullName, isAdministrator, mustChangePassword: oneTime is not null || mustChangePassword, clock.GetUtcNow().UtcDateTime);
        if (await users.FindByEmailAsync(user.Email!) is not null)
        {
            throw new BusinessRuleException($"Email '{user.Email}' đã được dùng cho tài khoản khác.");
        }

        var result = await users.CreateAsync(user, password ?? oneTime!);
        if (!result.Succeeded)
        {
            throw new BusinessRuleException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        return (user, oneTime);
    }

    public async Task<string> AssignAsync(OrgScope granter, string email, Organization organization, MembershipRole role, bool includesSubtree, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync((email ?? "").Trim())
            ?? throw new BusinessRuleException("Không có người dùng nào với email này. Quản trị hệ thống tạo tài khoản trước khi phân công.");
        await AddMembershipAsync(granter, user, organization, role, includesSubtree, cancellationToken);
        return user.FullName;
    }

    /// <summary>Every membership is granted here, by someone who holds at least what is granted.</summary>
    public async Task<Membership> AddMembershipAsync(OrgScope granter, AppUser user, Organization organization, MembershipRole role, bool includesSubtree, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(role))
        {
            throw new BusinessRuleException("Vai trò không hợp lệ.");
        }

        if (!granter.MayGrant(permissions, organization, role, includesSubtree))
        {
            throw new AccessDeniedException(includesSubtree
                ? "Bạn chỉ được phân công trong phạm vi và với vai trò bạn đang nắm giữ: bạn không có quyền với các đơn vị trực thuộc của tổ chức này."
                : "Bạn chỉ được phân công trong phạm vi và với vai trò bạn đang nắm giữ.");
        }

        if (organization.IsArchived)
        {
            throw new BusinessRuleException("Không thể phân công vào một tổ chức đã lưu trữ.");
        }

        if (await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.OrganizationId == organization.Id && m.Role == role, cancellationToken))
        {
            throw new BusinessRuleException("Người dùng đã có vai trò này tại tổ chức này.");
        }

        var membership = Membership.Create(user, organization, role, includesSubtree, clock.GetUtcNow().UtcDateTime);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(cancellationToken);
        return membership;
    }

    public async Task RevokeAsync(OrgScope granter, Guid membershipId, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.Include(m => m.Organization).SingleOrDefaultAsync(m => m.Id == membershipId, cancellationToken)
            ?? throw new BusinessRuleException("Phân công này không còn.");
        if (!granter.MayGrant(permissions, membership.Organization!, membership.Role, membership.IncludesSubtree))
        {
            throw new AccessDeniedException("Bạn không thể gỡ phân công có quyền rộng hơn quyền của mình.");
        }

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        if (await users.FindByIdAsync(membership.UserId) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
    }

    public async Task MakeHeadAsync(OrgScope granter, Guid membershipId, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.Include(m => m.Organization).SingleOrDefaultAsync(m => m.Id == membershipId, cancellationToken)
            ?? throw new BusinessRuleException("Phân công này không còn.");
        if (!granter.MayGrant(permissions, membership.Organization!, membership.Role, membership.IncludesSubtree))
        {
            throw new AccessDeniedException("Bạn không thể thay đổi phân công có quyền rộng hơn quyền của mình.");
        }

        var organizationId = membership.OrganizationId;
        foreach (var former in await db.Memberships.Where(m => m.OrganizationId == organizationId && m.IsHead && m.Id != membershipId).ToListAsync(cancellationToken))
        {
            former.NoLongerHead();
        }

        membership.MakeHead();
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<string> IssueTokenAsync(AppUser user, string name, int days, CancellationToken cancellationToken)
    {
        // A token skips the second factor at every use, so an administrator's is issued only behind one.
        if (user.IsAdministrator && !user.TwoFactorEnabled)
        {
            throw new BusinessRuleException("Quản trị hệ thống phải bật xác thực hai bước trước khi tạo mã truy cập.");
        }

        var (token, secret) = AccessToken.Issue(user.Id, name, days, clock.GetUtcNow().UtcDateTime);
        db.AccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }
}
