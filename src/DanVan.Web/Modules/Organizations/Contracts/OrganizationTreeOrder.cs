using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;

namespace DanVan.Web.Modules.Organizations.Contracts;

/// <summary>Organizations in the order of the tree, for every module that lists a branch (pickers, exports, the import's unit mapping).</summary>
public static class OrganizationTreeOrder
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
