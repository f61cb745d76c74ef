using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Accounts.Tokens;

/// <summary>A user's own personal access tokens: create (shown once), list, revoke.</summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, UserManager<AppUser> users, UserAdministration administration, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Hãy đặt tên cho mã truy cập.")]
    [StringLength(100, ErrorMessage = "Tên tối đa 100 ký tự.")]
    [Display(Name = "Tên gợi nhớ")]
    public string Name { get; set; } = "";

    [BindProperty]
    [Range(1, 366, ErrorMessage = "Hiệu lực từ 1 đến 366 ngày.")]
    [Display(Name = "Hiệu lực (ngày)")]
    public int Days { get; set; } = 90;

    public string? NewSecret { get; private set; }

    public IReadOnlyList<AccessToken> Tokens { get; private set; } = [];

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NewSecret = TempData["NewToken"] as string;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            try
            {
                TempData["NewToken"] = await administration.IssueTokenAsync(user, Name, Days, cancellationToken);
                return RedirectToPage();
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == currentUser.Id, cancellationToken);
        if (token is null)
        {
            return NotFound();
        }

        if (token.RevokedAt is null)
        {
            token.Revoke(Now);
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData["Message"] = $"Đã thu hồi mã “{token.Name}”.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == currentUser.Id)
            .OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
}
