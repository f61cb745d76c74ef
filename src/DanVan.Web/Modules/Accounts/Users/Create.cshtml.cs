using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Accounts.Users;

[Authorize(Policy = AccountPermissions.UsersManage)]
public sealed class CreateModel(UserAdministration administration) : PageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var (user, oneTime) = await administration.CreateUserAsync(Input.Email, Input.FullName, Input.IsAdministrator, null, cancellationToken);
            TempData["OneTimePassword"] = oneTime;
            return RedirectToPage("Details", new { id = user.Id });
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }
}

public sealed class NewUserInput
{
    [Required(ErrorMessage = "Hãy nhập họ và tên.")]
    [StringLength(200, ErrorMessage = "Họ và tên tối đa 200 ký tự.")]
    [Display(Name = "Họ và tên")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập email.")]
    [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
    [StringLength(256)]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Display(Name = "Quản trị hệ thống")]
    public bool IsAdministrator { get; set; }
}
