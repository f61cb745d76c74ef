using DanVan.Web.Infrastructure.Text;

namespace DanVan.Web.Modules.Organizations;

internal static class OrganizationTreeOrder
{
    /// <summary>
    /// Depth-first order of a set of organizations, siblings in Vietnamese alphabetical order. Organizations
    /// whose parent is not in the set start their own branch (a user sees the subtrees they were given).
    /// </summary>
    public static List<Organization> Flatten(IReadOnlyCollection<Organization> organizations)
    {
        var ids = organizations.Select(o => o.Id).ToHashSet();
        var children = organizations.ToLookup(o => o.ParentId is { } parent && ids.Contains(parent) ? o.ParentId : null);
        var result = new List<Organization>(organizations.Count);
        void Walk(Guid? parent)
        {
            foreach (var organization in children[parent].OrderBy(o => o.Name, VietnameseText.Comparer))
            {
                result.Add(organization);
                Walk(organization.Id);
            }
        }

        Walk(null);
        return result;
    }
}
