using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Web.Modules.Accounts;

/// <summary>A person who signs in to DanVan. What they may see and do comes from their memberships.</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; private set; } = "";

    /// <summary>System-wide administrator: manages users, reference data and the audit log.</summary>
    public bool IsAdministrator { get; private set; }

    /// <summary>Set for one-time passwords: the user must choose their own before doing anything else.</summary>
    public bool MustChangePassword { get; private set; }

    public bool IsActive { get; private set; } = true;

    public DateTime CreatedAt { get; private set; }

    public string SearchKey { get; private set; } = "";

    public ICollection<Membership> Memberships { get; private set; } = [];

    public static AppUser Create(string email, string fullName, bool isAdministrator, bool mustChangePassword, DateTime utcNow)
    {
        email = (email ?? "").Trim();
        if (email.Length is 0 or > 256 || !email.Contains('@', StringComparison.Ordinal))
        {
            throw new BusinessRuleException("Địa chỉ email không hợp lệ.");
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            IsAdministrator = isAdministrator,
            MustChangePassword = mustChangePassword,
            CreatedAt = utcNow,
        };
        user.Rename(fullName);
        return user;
    }

    public void Rename(string fullName)
    {
        fullName = (fullName ?? "").Trim();
        if (fullName.Length is 0 or > 200)
        {
            throw new BusinessRuleException("Họ và tên là bắt buộc và không quá 200 ký tự.");
        }

        FullName = fullName;
        SearchKey = VietnameseText.Fold(fullName + " " + Email);
    }

    public void PasswordChosen() => MustChangePassword = false;

    public void RequirePasswordChange() => MustChangePassword = true;

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
