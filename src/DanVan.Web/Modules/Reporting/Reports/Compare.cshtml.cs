using DanVan.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>Two submitted versions of a report side by side, changed passages and values marked.</summary>
public sealed class CompareModel(CurrentUser currentUser, ReportWorkspace workspace) : PageModel
{
    public ReportContext Context { get; private set; } = null!;

    public int From { get; private set; }

    public int To { get; private set; }

    public ReportSnapshot Older { get; private set; } = null!;

    public ReportSnapshot Newer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, int from, int to, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var context = await workspace.LoadAsync(id, scope, cancellationToken);
        var versions = context?.Report.Events.Where(e => e.Action == ReportAction.Submitted).ToDictionary(e => e.Version);
        if (context is null || versions is null || !versions.ContainsKey(from) || !versions.ContainsKey(to))
        {
            return NotFound();
        }

        Context = context;
        (From, To) = (Math.Min(from, to), Math.Max(from, to));
        Older = ReportSnapshot.FromJson(versions[From].Snapshot);
        Newer = ReportSnapshot.FromJson(versions[To].Snapshot);
        return Page();
    }

    /// <summary>Task numbers in the order of either version.</summary>
    public IEnumerable<string> TaskNumbers() => Older.Narratives.Select(n => n.Number).Concat(Newer.Narratives.Select(n => n.Number)).Distinct();

    public IEnumerable<string> ValueKeys() => Older.Values.Select(Key).Concat(Newer.Values.Select(Key)).Distinct();

    public static string Key(SnapshotValue value) => $"{value.Code} {value.Area}".Trim();
}
