using DanVan.Documents.Text;

namespace DanVan.Documents.Plans;

/// <summary>Tasks are the items of the contents ("Nội dung") and tasks-and-solutions ("Nhiệm vụ, giải pháp") sections.</summary>
internal static class TaskReader
{
    public static bool IsTaskSection(Section section)
    {
        var title = Fold.Of(section.Title);
        return !title.Contains("to chuc thuc hien", StringComparison.Ordinal) && !title.Contains("muc dich", StringComparison.Ordinal)
            && (title.Contains("nhiem vu", StringComparison.Ordinal) || title.Contains("giai phap", StringComparison.Ordinal) || title.StartsWith("noi dung", StringComparison.Ordinal));
    }

    /// <summary>
    /// A document numbered "1.", "2." … without Roman sections (a Chỉ thị, a Kết luận): each item is a task, its
    /// bullets and sub-items its parts, but the item that organizes the implementation (and one stating purposes).
    /// </summary>
    public static List<PlanTask> ReadItems(IEnumerable<Section> items) =>
        items.Where(item => !IsOrganization(item))
            .Select(item => new PlanTask(item.Path, item.Path, item.Title, item.Paragraphs.Concat(SectionTreeBuilder.Flatten(item.Children).Select(c => c.Title)).ToList()) { Line = item.Line }.WithSchedule())
            .ToList();

    private static bool IsOrganization(Section section)
    {
        var title = Fold.Of(section.Title);
        return title.StartsWith("to chuc thuc hien", StringComparison.Ordinal) || title.StartsWith("muc dich", StringComparison.Ordinal);
    }

    public static List<PlanTask> Read(IEnumerable<Section> topLevel)
    {
        var tasks = new List<PlanTask>();
        foreach (var section in topLevel.Where(IsTaskSection))
        {
            if (section.Children.Count == 0)
            {
                tasks.AddRange(section.Paragraphs.Select((text, i) => new PlanTask($"{section.Path}.{i + 1}", section.Path, text, []) { Line = section.Line }.WithSchedule()));
                continue;
            }

            foreach (var item in section.Children)
            {
                var bullets = item.Paragraphs.Concat(SectionTreeBuilder.Flatten(item.Children).Select(c => c.Title)).ToList();
                tasks.Add(new PlanTask(item.Path, item.Path, item.Title, bullets) { Line = item.Line }.WithSchedule());
            }
        }

        return tasks;
    }
}
