using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Modules.Accounts;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(DanVan.Web.Infrastructure.Web.RateLimits.SignIn)]
public sealed class SignInTwoFactorModel(SignInManager<AppUser> signInManager, Audit.Contracts.IAuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mã xác thực.")]
    [Display(Name = "Mã xác thực")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signInManager.TwoFactorRecoveryCodeSignInAsync(Code.Trim());
        await audit.RecordAsync(result.Succeeded ? Audit.Contracts.AuditEvent.SignedIn : Audit.Contracts.AuditEvent.SignInFailed, nameof(AppUser), user.Id,
            $"{user.Email}: mã xác thực hai bước{(result.Succeeded ? "" : " sai")} từ {Infrastructure.Web.RateLimits.AddressOf(HttpContext)}", HttpContext.RequestAborted, (user.Id, user.UserName ?? user.Id));
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Tài khoản tạm thời bị khóa do nhập sai nhiều lần. Hãy thử lại sau 15 phút."
            : "Mã xác thực không đúng.");
        return Page();
    }
}
