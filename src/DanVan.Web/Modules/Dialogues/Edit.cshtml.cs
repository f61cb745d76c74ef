using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Dialogues.Contracts;
using DanVan.Web.Modules.Dialogues.Work;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Dialogues;

/// <summary>
/// Plans a dialogue of a committee or government the user keeps, or changes one not yet closed: topic, chair, date,
/// place, the areas and groups invited, the Fatherland Front that co-organizes (told when chosen).
/// </summary>
public sealed class EditModel(AppDbContext db, CurrentUser currentUser, DialogueWork work) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Host { get; set; }

    [BindProperty]
    public DialogueForm Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Hosts { get; private set; } = [];

    public Organization? HostUnit { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Fronts { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name, AreaLevel Level)> Audience { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is { } existing)
        {
            var loaded = await LoadAsync(existing, cancellationToken);
            if (loaded is not { } found)
            {
                return NotFound();
            }

            var dialogue = found.Dialogue;
            Input = new DialogueForm
            {
                Topic = dialogue.Topic, ChairName = dialogue.ChairName, ChairTitle = dialogue.ChairTitle, HeldOn = VietnameseText.FormatDate(dialogue.HeldOn),
                Place = dialogue.Place, Groups = dialogue.Groups, CoOrganizerId = dialogue.CoOrganizerId, AreaIds = dialogue.Areas.Select(a => a.AreaId).ToList(),
            };
            return Page();
        }

        await HostsAsync(cancellationToken);
        if (Hosts.Count == 0)
        {
            return Forbid();
        }

        if (HostUnit is not null)
        {
            Input.AreaIds = [HostUnit.AreaId];
            Input.CoOrganizerId = Fronts.Count == 1 ? Fronts[0].Id : null;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        var by = (await currentUser.GetStateAsync(cancellationToken)).FullName;
        if (!VietnameseText.TryParseDate(Input.HeldOn, out var heldOn))
        {
            ModelState.AddModelError("Input.HeldOn", "Ngày đối thoại: hãy nhập theo dạng dd/MM/yyyy.");
        }

        var input = new DialogueInput(Input.Topic, Input.ChairName, Input.ChairTitle, heldOn, Input.Place, Input.Groups);
        if (id is { } existing)
        {
            await using var held = await work.LockAsync(existing, cancellationToken);
            var loaded = await LoadAsync(existing, cancellationToken);
            if (loaded is not { } found)
            {
                return NotFound();
            }

            if (!found.Rights.Manages)
            {
                return Forbid();
            }

            try
            {
                if (ModelState.IsValid && await ModelState.TrySaveAsync(db, () => work.EditAsync(found.Dialogue, found.Rights, Input.CoOrganizerId, input, Input.AreaIds, cancellationToken), cancellationToken))
                {
                    TempData["Message"] = "Đã lưu thay đổi của buổi đối thoại.";
                    return RedirectToPage("/Dialogues/Details", new { id = existing });
                }
            }
            catch (AccessDeniedException)
            {
                return Forbid();
            }

            await LoadAsync(existing, cancellationToken);
            return Page();
        }

        await HostsAsync(cancellationToken);
        if (HostUnit is null)
        {
            return Hosts.Count == 0 ? Forbid() : Page();
        }

        Dialogue? planned = null;
        try
        {
            if (ModelState.IsValid && await ModelState.TrySaveAsync(db, async () => planned = await work.PlanAsync(await currentUser.GetScopeAsync(cancellationToken), HostUnit.Id, Input.CoOrganizerId, input, Input.AreaIds, by, cancellationToken), cancellationToken))
            {
                TempData["Message"] = "Đã lên lịch đối thoại." + (Input.CoOrganizerId is null ? "" : " Mặt trận cùng cấp đã được mời phối hợp tổ chức.");
                return RedirectToPage("/Dialogues/Details", new { id = planned!.Id });
            }
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }

        await HostsAsync(cancellationToken);
        return Page();
    }

    private async Task<(Dialogue Dialogue, DialogueRights Rights)?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Id = id;
        var loaded = await work.LoadAsync(id, await currentUser.GetScopeAsync(cancellationToken), cancellationToken);
        if (loaded is not { } found || !found.Rights.Manages || !found.Dialogue.IsOpen)
        {
            return null;
        }

        HostUnit = found.Dialogue.Organization;
        Host = HostUnit!.Id;
        await PartsAsync(HostUnit, cancellationToken);
        return found;
    }

    private async Task HostsAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var hosts = await work.Hosts(scope).AsNoTracking().Include(o => o.Area).OrderBy(o => o.Depth).Take(500).ToListAsync(cancellationToken);
        Hosts = hosts.OrderBy(h => h.Depth).ThenBy(h => h.Name, VietnameseText.Comparer).Select(h => (h.Id, h.Name)).ToList();
        HostUnit = Host is { } chosen ? hosts.FirstOrDefault(h => h.Id == chosen) : hosts.Count == 1 ? hosts[0] : null;
        Host = HostUnit?.Id;
        if (HostUnit is not null)
        {
            await PartsAsync(HostUnit, cancellationToken);
        }
    }

    private async Task PartsAsync(Organization host, CancellationToken cancellationToken)
    {
        Fronts = (await work.Fronts(host).AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken)).Select(o => (o.Id, o.Name)).ToList();
        // The host's own area and the one level below (villages of a commune, communes of a province).
        var areas = await db.Areas.AsNoTracking().Where(a => a.Id == host.AreaId || a.ParentId == host.AreaId).Select(a => new { a.Id, a.Name, a.Level, a.Code }).Take(500).ToListAsync(cancellationToken);
        Audience = areas.OrderBy(a => a.Level).ThenBy(a => a.Code, StringComparer.Ordinal).Select(a => (a.Id, a.Name, a.Level)).ToList();
    }
}

public sealed class DialogueForm
{
    [StringLength(500)]
    public string? Topic { get; set; }

    [StringLength(200)]
    public string? ChairName { get; set; }

    [StringLength(200)]
    public string? ChairTitle { get; set; }

    [StringLength(20)]
    public string? HeldOn { get; set; }

    [StringLength(300)]
    public string? Place { get; set; }

    [StringLength(300)]
    public string? Groups { get; set; }

    public Guid? CoOrganizerId { get; set; }

    public List<Guid> AreaIds { get; set; } = [];
}
