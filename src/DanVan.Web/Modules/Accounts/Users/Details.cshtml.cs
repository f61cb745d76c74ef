using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Accounts.Users;

[Authorize(Policy = AccountPermissions.UsersManage)]
public sealed class DetailsModel(AppDbContext db, UserManager<AppUser> users, CurrentUser currentUser) : PageModel
{
    public AppUser Account { get; private set; } = null!;

    public IReadOnlyList<Membership> Memberships { get; private set; } = [];

    public string? OneTimePassword { get; private set; }

    public string? CurrentUserId => currentUser.Id;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        OneTimePassword = TempData["OneTimePassword"] as string;
        return Page();
    }

    /// <summary>Issues a new one-time password (the user forgot theirs); it must be changed at next sign-in.</summary>
    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var password = FirstAdministrator.GeneratePassword();
        var token = await users.GeneratePasswordResetTokenAsync(Account);
        Account.RequirePasswordChange();
        var result = await users.ResetPasswordAsync(Account, token, password);
        if (!result.Succeeded)
        {
            TempData["Message"] = string.Join(" ", result.Errors.Select(e => e.Description));
            return RedirectToPage(new { id });
        }

        await users.SetLockoutEndDateAsync(Account, null);
        TempData["OneTimePassword"] = password;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostToggleActiveAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Account.Id == currentUser.Id)
        {
            return StatusCode(StatusCodes.Status400BadRequest);
        }

        if (Account.IsActive)
        {
            Account.Deactivate();
        }
        else
        {
            Account.Activate();
        }

        await users.UpdateSecurityStampAsync(Account);
        TempData["Message"] = Account.IsActive ? "Đã kích hoạt lại tài khoản." : "Đã vô hiệu hóa tài khoản.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Memberships = await db.Memberships.AsNoTracking().Include(m => m.Organization).Where(m => m.UserId == id).ToListAsync(cancellationToken);
        return true;
    }
}
