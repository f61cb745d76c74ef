using DanVan.Web.Infrastructure.Text;

namespace DanVan.Web.Modules.Organizations;

public static class AreaTreeOrder
{
    /// <summary>Province → commune → village, depth first, siblings in Vietnamese alphabetical order.</summary>
    public static List<Area> Flatten(IReadOnlyCollection<Area> areas)
    {
        var byParent = areas.ToLookup(a => a.ParentId);
        var ordered = new List<Area>(areas.Count);
        void Walk(Guid? parent)
        {
            foreach (var area in byParent[parent].OrderBy(a => a.Name, VietnameseText.Comparer))
            {
                ordered.Add(area);
                Walk(area.Id);
            }
        }

        Walk(null);
        return ordered;
    }
}
