using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace DanVan.Web.Modules.Accounts;

/// <summary>TOTP set-up (RFC 6238) with any authenticator app; required for administrators.</summary>
public sealed class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signInManager) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mã xác thực.")]
    [Display(Name = "Mã xác thực")]
    public string Code { get; set; } = "";

    public bool IsEnabled { get; private set; }

    public bool IsAdministrator { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string QrCodeDataUri { get; private set; } = "";

    public string[]? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (TempData["RecoveryCodes"] is string codes)
        {
            RecoveryCodes = codes.Split(' ');
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "Mã xác thực không đúng. Hãy kiểm tra giờ trên điện thoại và nhập mã mới.");
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var recovery = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 8) ?? [];
        await signInManager.RefreshSignInAsync(user);
        TempData["RecoveryCodes"] = string.Join(' ', recovery);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.IsAdministrator)
        {
            return Forbid();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signInManager.RefreshSignInAsync(user);
        TempData["Message"] = "Đã tắt xác thực hai bước.";
        return RedirectToPage();
    }

    private async Task LoadAsync(AppUser user)
    {
        IsEnabled = user.TwoFactorEnabled;
        IsAdministrator = user.IsAdministrator;
        if (IsEnabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key changes the security stamp, which ends every session: this one is renewed.
            await users.ResetAuthenticatorKeyAsync(user);
            await signInManager.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        SharedKey = FormatKey(key);
        var uri = string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/DanVan:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer=DanVan&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        QrCodeDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }

    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLowerInvariant();
    }
}
