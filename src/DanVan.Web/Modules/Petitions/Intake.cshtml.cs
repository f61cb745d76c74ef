using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Petitions.Contracts;
using DanVan.Web.Modules.Petitions.Handling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Petitions;

/// <summary>
/// Staff take in a petition brought in person, by phone, on paper (a scan attached) or at a reception day, for a
/// unit of theirs; the same rules as the public form, and the citizen's code to hand back.
/// </summary>
[RequestSizeLimit(PetitionUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PetitionUploads.MaxRequestBytes)]
public sealed class IntakeModel(AppDbContext db, CurrentUser currentUser, PetitionWork work, TimeProvider clock) : PageModel
{
    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Uploads { get; set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Areas { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Label)> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? unit, Guid? reception, CancellationToken cancellationToken)
    {
        await LoadAsync(unit, cancellationToken);
        if (Units.Count == 0)
        {
            return Forbid();
        }

        Input.UnitId = unit is { } u && Units.Any(x => x.Id == u) ? u : Units[0].Id;
        Input.ReceptionId = reception;
        if (reception is not null)
        {
            Input.Channel = PetitionChannel.Reception;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(Input.UnitId, cancellationToken);
        if (!Units.Any(u => u.Id == Input.UnitId))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Petition? petition = null;
        try
        {
            var uploads = await PetitionUploads.ReadAsync(Uploads, cancellationToken);
            var user = (await currentUser.GetStateAsync(cancellationToken)).FullName;
            if (Input.ReceptionId is { } sessionId && !Sessions.Any(s => s.Id == sessionId))
            {
                throw new BusinessRuleException("Hãy chọn một buổi tiếp công dân trong danh sách.");
            }

            if (!await ModelState.TrySaveAsync(db, async () =>
                {
                    petition = await work.FileAsync(new PetitionDraft(Input.Title, Input.Content, Input.Place, Input.Channel, Input.Kind, user, Input.ReceptionId), Input.AreaId, Input.UnitId, Input.Person, uploads, cancellationToken);
                }, cancellationToken))
            {
                return Page();
            }
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        TempData["Message"] = $"Đã tiếp nhận đơn. Mã tra cứu trao cho người dân: {petition!.Code}.";
        return RedirectToPage("/Petitions/Details", new { id = petition.Id });
    }

    private async Task LoadAsync(Guid? unit, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var own = scope.Grants.Where(g => g.Holds(PetitionPermissions.Handle)).Select(g => g.OrganizationId).Distinct().ToList();
        Units = (await db.Organizations.AsNoTracking().Where(o => own.Contains(o.Id) && !o.IsArchived).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .OrderBy(o => o.Name, VietnameseText.Comparer).Select(o => (o.Id, o.Name)).ToList();
        var chosen = unit is { } u && Units.Any(x => x.Id == u) ? u : Units.FirstOrDefault().Id;
        var area = await db.Organizations.AsNoTracking().Where(o => o.Id == chosen).Select(o => o.Area).SingleOrDefaultAsync(cancellationToken);
        if (area is not null)
        {
            var near = await db.Areas.AsNoTracking().Where(a => a.Id == area.Id || a.ParentId == area.Id)
                .Select(a => new { a.Id, a.Name, a.Level, a.Code }).ToListAsync(cancellationToken);
            Areas = near.OrderBy(a => a.Level).ThenBy(a => a.Code, StringComparer.Ordinal).Select(a => (a.Id, a.Name)).ToList();
        }

        var since = clock.Today().AddDays(-31);
        var sessions = await db.ReceptionSessions.AsNoTracking().Where(s => own.Contains(s.OrganizationId) && s.Date >= since && s.Date <= clock.Today() && !s.Cancelled)
            .OrderByDescending(s => s.Date).Select(s => new { s.Id, s.Date, s.Host }).ToListAsync(cancellationToken);
        Sessions = sessions.Select(s => (s.Id, $"{VietnameseText.FormatDate(s.Date)} – {s.Host}")).ToList();
    }
}

public sealed class IntakeInput : PetitionInput
{
    [Display(Name = "Đơn vị tiếp nhận")]
    public Guid UnitId { get; set; }

    [Display(Name = "Cách tiếp nhận")]
    public PetitionChannel Channel { get; set; } = PetitionChannel.InPerson;

    [Display(Name = "Buổi tiếp công dân")]
    public Guid? ReceptionId { get; set; }
}
