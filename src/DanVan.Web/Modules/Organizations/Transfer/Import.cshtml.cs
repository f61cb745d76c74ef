using DanVan.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Organizations.Transfer;

[RequestSizeLimit(OrganizationCsvImport.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = OrganizationCsvImport.MaxBytes + 64 * 1024)]
public sealed class ImportModel(OrganizationCsvImport import, CurrentUser currentUser) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        (await currentUser.GetScopeAsync(cancellationToken)).HoldsAnywhere(OrganizationPermissions.Manage) ? Page() : StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        if (!scope.HoldsAnywhere(OrganizationPermissions.Manage))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(string.Empty, "Hãy chọn một tệp CSV.");
            return Page();
        }

        if (Upload.Length > OrganizationCsvImport.MaxBytes)
        {
            ModelState.AddModelError(string.Empty, "Tệp vượt quá 2 MB.");
            return Page();
        }

        await using var stream = Upload.OpenReadStream();
        var result = await import.ImportAsync(stream, scope, cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return Page();
        }

        TempData["Message"] = $"Đã nhập tệp: thêm {result.Created}, cập nhật {result.Updated} tổ chức.";
        return RedirectToPage("/Organizations/Units/Index");
    }
}
