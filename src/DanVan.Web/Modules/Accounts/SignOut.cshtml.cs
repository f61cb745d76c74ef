using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Modules.Accounts;

[AllowAnonymous]
public sealed class SignOutModel(SignInManager<AppUser> signInManager, UserManager<AppUser> users) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>Ends every session of the user, not only this browser's: a copied cookie stops working at once.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
        return RedirectToPage("SignIn");
    }
}
