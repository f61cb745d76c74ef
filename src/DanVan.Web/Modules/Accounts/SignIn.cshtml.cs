using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DanVan.Web.Modules.Accounts;

/// <summary>
/// Sign-in, slowed down per address (the rate-limit policy) and per account before an account locks. Whether the
/// account is unknown, inactive, locked or the password wrong, the answer is the same message after the same work.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(SignInManager<AppUser> signInManager, UserManager<AppUser> users, RateLimits.SignInThrottle throttle, Audit.Contracts.IAuditLog audit) : PageModel
{
    public const string Refusal = "Không đăng nhập được: email hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa sau nhiều lần nhập sai (15 phút) hay đã bị vô hiệu hóa.";

    /// <summary>A hash to verify against when the account is unknown, so that it takes as long as a known one.</summary>
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        using (var lease = throttle.Attempt(Input.Email))
        {
            if (!lease.IsAcquired)
            {
                await RateLimits.RejectAsync(HttpContext, lease, HttpContext.RequestAborted);
                return new EmptyResult();
            }
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (user is null or { IsActive: false })
        {
            users.PasswordHasher.VerifyHashedPassword(user ?? new AppUser(), DecoyHash.Value, Input.Password);
            result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        else
        {
            result = await signInManager.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        }

        var address = RateLimits.AddressOf(HttpContext);
        await audit.RecordAsync(result.Succeeded || result.RequiresTwoFactor ? Audit.Contracts.AuditEvent.SignedIn : Audit.Contracts.AuditEvent.SignInFailed,
            nameof(AppUser), user?.Id ?? "?", $"{Input.Email.Trim()} từ {address}{(result.RequiresTwoFactor ? ", chờ mã xác thực" : result.IsLockedOut ? ", tài khoản đang khóa" : "")}", HttpContext.RequestAborted,
            result.Succeeded || result.RequiresTwoFactor ? (user!.Id, user.UserName ?? user.Id) : null);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("SignInTwoFactor", new { ReturnUrl = SafeReturnUrl() });
        }

        ModelState.AddModelError(string.Empty, Refusal);
        return Page();
    }

    private string SafeReturnUrl() => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";
}

public sealed class SignInInput
{
    [Required(ErrorMessage = "Hãy nhập email.")]
    [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string Password { get; set; } = "";
}
