using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Evaluation.Contracts;
using DanVan.Web.Modules.Evaluation.Rounds;
using DanVan.Web.Modules.Evaluation.Scoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Evaluation.Sets;

/// <summary>
/// A criteria set as an administrator edits it: name, validity, criteria (name, maximum, what measures it), levels
/// (name, minimum score, conditions) and the name of the failed level. A set rounds use keeps its criteria and levels;
/// a new version is made from it (<c>?copy=</c>). Rows left without a name are dropped; empty rows are offered for new ones.
/// </summary>
[Authorize(Policy = EvaluationPermissions.Criteria)]
public sealed class EditModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int MaxCriteria = 40;
    public const int MaxLevels = 10;

    public CriteriaSet? Existing { get; private set; }

    /// <summary>The end of the last round on this set, when any round uses it.</summary>
    public DateOnly? LastRoundEnd { get; private set; }

    public bool InUse => LastRoundEnd is not null;

    [BindProperty]
    public SetInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? copy, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var source = Existing;
        if (copy is { } copyId && id is null)
        {
            source = await db.CriteriaSets.AsNoTracking().Include(s => s.Criteria).Include(s => s.Levels).SingleOrDefaultAsync(s => s.Id == copyId, cancellationToken);
            if (source is null)
            {
                return NotFound();
            }
        }

        if (source is not null)
        {
            Input = SetInput.From(source);
            if (Existing is null)
            {
                (Input.Name, Input.ValidFrom, Input.ValidTo) = ($"{source.Name} (phiên bản mới)", VietnameseText.FormatDate(clock.Today()), null);
            }
        }

        Input.Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !TryRead(out var from, out var to, out var criteria, out var levels))
        {
            return Shown();
        }

        CriteriaSet? saved = Existing;
        var done = await ModelState.TrySaveAsync(db, () =>
        {
            if (Existing is null)
            {
                saved = CriteriaSet.Create(Input.Name, from, to, Input.FailedLevel, criteria, levels);
                db.CriteriaSets.Add(saved);
            }
            else if (LastRoundEnd is { } end)
            {
                Existing.ChangeInUse(Input.Name, to, end);
            }
            else
            {
                Existing.Change(Input.Name, from, to, Input.FailedLevel, criteria, levels);
            }
        }, cancellationToken);
        if (!done)
        {
            return Shown();
        }

        TempData["Message"] = Existing is null ? $"Đã thêm bộ tiêu chí “{saved!.Name}”." : $"Đã lưu bộ tiêu chí “{saved!.Name}”.";
        return RedirectToPage("Index");
    }

    /// <summary>More empty rows, nothing saved (the form keeps what was typed).</summary>
    public async Task<IActionResult> OnPostRowsAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        Input.Pad(more: true);
        return Page();
    }

    private IActionResult Shown()
    {
        Input.Pad();
        return Page();
    }

    /// <summary>The dates, and the rows that have a name as numbers; the first row that does not read is told.</summary>
    private bool TryRead(out DateOnly from, out DateOnly? to, out List<CriterionInput> criteria, out List<LevelInput> levels)
    {
        (from, to, criteria, levels) = (default, null, [], []);
        if (!VietnameseText.TryParseDate(Input.ValidFrom, out var validFrom) || validFrom is null)
        {
            ModelState.AddModelError("Input.ValidFrom", "Ngày có hiệu lực: hãy nhập ngày theo dạng dd/MM/yyyy.");
            return false;
        }

        if (!VietnameseText.TryParseDate(Input.ValidTo, out to))
        {
            ModelState.AddModelError("Input.ValidTo", "Ngày hết hiệu lực: dạng dd/MM/yyyy, hoặc để trống nếu chưa có.");
            return false;
        }

        from = validFrom.Value;
        if (InUse)
        {
            return true;
        }

        var named = Input.Criteria.Where(c => !string.IsNullOrWhiteSpace(c.Name)).ToList();
        var namedLevels = Input.Levels.Where(l => !string.IsNullOrWhiteSpace(l.Name)).ToList();
        if (named.Count > MaxCriteria || namedLevels.Count > MaxLevels)
        {
            ModelState.AddModelError(string.Empty, $"Một bộ có tối đa {MaxCriteria} tiêu chí và {MaxLevels} mức xếp loại.");
            return false;
        }

        foreach (var row in named)
        {
            if (!ScoreForm.Number(row.MaxPoints, out var max) || max is null || !Enum.IsDefined(row.Measure))
            {
                ModelState.AddModelError(string.Empty, $"Tiêu chí “{row.Name!.Trim()}”: điểm tối đa phải là một số, ví dụ 10 hoặc 7,5; hãy chọn cách tính điểm.");
                return false;
            }

            criteria.Add(new CriterionInput(row.Name, max.Value, row.Measure));
        }

        foreach (var row in namedLevels)
        {
            if (!ScoreForm.Number(row.MinScore, out var min) || min is null || !ScoreForm.Number(row.MinExceededPercent, out var exceeded) || !ScoreForm.Number(row.MaxLatePercent, out var late))
            {
                ModelState.AddModelError(string.Empty, $"Mức “{row.Name!.Trim()}”: điểm tối thiểu và các tỷ lệ phải là số, ví dụ 90 hoặc 20,5.");
                return false;
            }

            levels.Add(new LevelInput(row.Name, min.Value, row.AllOnTime, exceeded, row.AllDone, late, row.NoDiscipline));
        }

        return true;
    }

    private async Task<bool> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return true;
        }

        Existing = await db.CriteriaSets.Include(s => s.Criteria).Include(s => s.Levels).AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        var setId = id.Value;
        LastRoundEnd = await db.EvaluationRounds.Where(r => r.SetId == setId).MaxAsync(r => (DateOnly?)r.To, cancellationToken);
        return Existing is not null;
    }
}

public sealed class SetInput
{
    [Display(Name = "Tên bộ tiêu chí")]
    [StringLength(300, ErrorMessage = "Tên bộ tiêu chí: không quá 300 ký tự.")]
    public string? Name { get; set; }

    [Display(Name = "Có hiệu lực từ (dd/MM/yyyy)")]
    [StringLength(10, ErrorMessage = "Ngày có hiệu lực: dạng dd/MM/yyyy.")]
    public string? ValidFrom { get; set; }

    [Display(Name = "Hết hiệu lực (để trống nếu chưa có)")]
    [StringLength(10, ErrorMessage = "Ngày hết hiệu lực: dạng dd/MM/yyyy.")]
    public string? ValidTo { get; set; }

    [Display(Name = "Tên mức không đạt")]
    [StringLength(200, ErrorMessage = "Tên mức không đạt: không quá 200 ký tự.")]
    public string? FailedLevel { get; set; }

    public List<CriterionRow> Criteria { get; set; } = [];

    public List<LevelRow> Levels { get; set; } = [];

    public static SetInput From(CriteriaSet set) => new()
    {
        Name = set.Name,
        ValidFrom = VietnameseText.FormatDate(set.ValidFrom),
        ValidTo = set.ValidTo is { } to ? VietnameseText.FormatDate(to) : null,
        FailedLevel = set.FailedLevel,
        Criteria = set.Criteria.OrderBy(c => c.Position).Select(c => new CriterionRow { Name = c.Name, MaxPoints = Scorecard.Number(c.MaxPoints), Measure = c.Measure }).ToList(),
        Levels = set.Levels.OrderBy(l => l.Position).Select(l => new LevelRow
        {
            Name = l.Name, MinScore = Scorecard.Number(l.MinScore), AllOnTime = l.AllOnTime, AllDone = l.AllDone, NoDiscipline = l.NoDiscipline,
            MinExceededPercent = l.MinExceededPercent is { } e ? Scorecard.Number(e) : null, MaxLatePercent = l.MaxLatePercent is { } m ? Scorecard.Number(m) : null,
        }).ToList(),
    };

    /// <summary>Empty rows for new criteria and levels (a form without script adds rows this way).</summary>
    public void Pad(bool more = false)
    {
        Criteria = Criteria.Where(c => !more || !string.IsNullOrWhiteSpace(c.Name)).Take(EditModel.MaxCriteria).ToList();
        Levels = Levels.Where(l => !more || !string.IsNullOrWhiteSpace(l.Name)).Take(EditModel.MaxLevels).ToList();
        var (criteria, levels) = more ? (6, 4) : (3, 2);
        Criteria.AddRange(Enumerable.Range(0, Math.Max(0, Math.Min(criteria, EditModel.MaxCriteria - Criteria.Count))).Select(_ => new CriterionRow()));
        Levels.AddRange(Enumerable.Range(0, Math.Max(0, Math.Min(levels, EditModel.MaxLevels - Levels.Count))).Select(_ => new LevelRow()));
    }
}

public sealed class CriterionRow
{
    [StringLength(500, ErrorMessage = "Tên tiêu chí: không quá 500 ký tự.")]
    public string? Name { get; set; }

    [StringLength(10, ErrorMessage = "Điểm tối đa: một số, ví dụ 10.")]
    public string? MaxPoints { get; set; }

    public Measure Measure { get; set; }
}

public sealed class LevelRow
{
    [StringLength(200, ErrorMessage = "Tên mức: không quá 200 ký tự.")]
    public string? Name { get; set; }

    [StringLength(10, ErrorMessage = "Điểm tối thiểu: một số, ví dụ 90.")]
    public string? MinScore { get; set; }

    public bool AllOnTime { get; set; }

    [StringLength(10, ErrorMessage = "Tỷ lệ vượt chỉ tiêu: một số, ví dụ 30.")]
    public string? MinExceededPercent { get; set; }

    public bool AllDone { get; set; }

    [StringLength(10, ErrorMessage = "Tỷ lệ quá hạn: một số, ví dụ 20.")]
    public string? MaxLatePercent { get; set; }

    public bool NoDiscipline { get; set; }
}
