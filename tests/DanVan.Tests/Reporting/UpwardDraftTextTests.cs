using DanVan.Web.Modules.Reporting.Consolidation;
using DanVan.Web.Modules.Reporting.Reports;

namespace DanVan.Tests.Reporting;

/// <summary>The compiled passages of the report upward: attributed lines under each task, and a visible cut when too long.</summary>
public sealed class UpwardDraftTextTests
{
    [Fact]
    public void Passages_are_attributed_under_their_task()
    {
        var task = new TaskPassages(Guid.NewGuid(), "1", "Tuyên truyền", null, [new Passage(Guid.NewGuid(), "Hội Nông dân", "Tổ chức 3 buổi.", null, null), new Passage(Guid.NewGuid(), "Đoàn Thanh niên", " ", null, null)]);
        Assert.Equal("1. Tuyên truyền\n- Hội Nông dân: Tổ chức 3 buổi.", UpwardDraft.Join([task], p => p.Results)!.ReplaceLineEndings("\n"));
        Assert.Null(UpwardDraft.Join([task], p => p.Limitations));

        // Under the narrative's own task (the issuer's report outside DanVan), the task is not named again.
        Assert.Equal("- Hội Nông dân: Tổ chức 3 buổi.", UpwardDraft.Join([task], p => p.Results, task.TaskId)!.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Too_long_a_compilation_stops_at_a_line_end_and_says_so()
    {
        var passages = Enumerable.Range(1, 400).Select(i => new Passage(Guid.NewGuid(), $"Đơn vị {i:000}", new string('x', 80), null, null)).ToList();
        var text = UpwardDraft.Join([new TaskPassages(Guid.NewGuid(), "1", "Nhiệm vụ", null, passages)], p => p.Results)!;
        Assert.True(text.Length <= ReportNarrative.MaxLength);
        Assert.EndsWith(UpwardDraft.Cut, text, StringComparison.Ordinal);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        Assert.All(lines[1..^1], line => Assert.Matches("^- Đơn vị \\d{3}: x{80}$", line)); // no passage cut in the middle
    }
}
