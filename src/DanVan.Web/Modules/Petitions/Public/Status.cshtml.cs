using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Petitions.Contracts;
using DanVan.Web.Modules.Petitions.Handling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Petitions.Public;

/// <summary>
/// The citizen's page of their case, opened with its tracking code: where it stands, its deadlines, every public
/// update; once answered, whether they are satisfied (not satisfied takes it to the superior). Never a name.
/// </summary>
[EnableRateLimiting(PostLimits.Policy)]
public sealed class StatusModel(AppDbContext db, PetitionWork work) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public bool Satisfied { get; set; }

    [BindProperty]
    [System.ComponentModel.DataAnnotations.StringLength(2000)]
    public string? Comment { get; set; }

    public Petition? Petition { get; private set; }

    public string? HandlingUnit { get; private set; }

    public IReadOnlyList<PetitionEvent> Updates { get; private set; } = [];

    public bool Looked { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostRateAsync(CancellationToken cancellationToken) =>
        StepAsync(p => work.RateAsync(p, Satisfied, Comment, cancellationToken), Satisfied ? "Cảm ơn anh/chị đã cho biết ý kiến." : "Đã ghi nhận anh/chị chưa hài lòng; vụ việc được chuyển đến cấp trên xem xét nếu pháp luật cho phép.", cancellationToken);

    public Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        StepAsync(p => { p.CitizenAdds(Comment, work.Now); return Task.CompletedTask; }, "Đã gửi nội dung bổ sung đến cơ quan đang giải quyết.", cancellationToken);

    private async Task<IActionResult> StepAsync(Func<Petition, Task> step, string done, CancellationToken cancellationToken)
    {
        var code = Petition.NormalizeCode(Code);
        var id = await db.Petitions.Where(p => p.Code == code).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        await using var held = await work.LockAsync(id.Value, cancellationToken);
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        if (!await ModelState.TrySaveAsync(db, () => step(Petition!), cancellationToken))
        {
            return Page();
        }

        TempData["Message"] = done;
        return RedirectToPage("/Petitions/Public/Status", new { code });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var code = Petition.NormalizeCode(Code);
        Looked = !string.IsNullOrWhiteSpace(Code);
        if (code.Length == 0)
        {
            return;
        }

        Petition = await db.Petitions.Include(p => p.Organization).Include(p => p.Area).Include(p => p.Events).AsSplitQuery().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        Code = Petition?.Code ?? Code;
        HandlingUnit = Petition?.Organization?.Name;
        Updates = Petition?.Events.Where(e => e.IsPublic).OrderBy(e => e.At).ToList() ?? [];
    }
}
