namespace DanVan.Web.Modules.Plans;

/// <summary>How plans and documents are named in lists and menus.</summary>
public static class PlanLabels
{
    public static string Short(string kind, string? number, string? title)
    {
        var head = number is null ? kind : $"{kind} số {number}";
        if (string.IsNullOrWhiteSpace(title))
        {
            return head;
        }

        var trimmed = title.Length > 90 ? title[..90].TrimEnd() + "…" : title;
        return $"{head} – {trimmed}";
    }
}
