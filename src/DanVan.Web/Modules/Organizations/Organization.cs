using DanVan.Web.Infrastructure.Auth;
using System.Text.RegularExpressions;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;

namespace DanVan.Web.Modules.Organizations;

/// <summary>
/// An organization (tổ chức, cơ quan, đơn vị) in the tree of who reports to whom. <see cref="Path"/> holds the
/// ids from the root down ("/a/b/c/") so that a subtree is one prefix query on both database engines.
/// </summary>
public sealed partial class Organization : IScopedUnit
{
    private Organization()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string ShortName { get; private set; } = "";

    public Guid KindId { get; private set; }

    public OrganizationKind? Kind { get; private set; }

    public Guid AreaId { get; private set; }

    public Area? Area { get; private set; }

    public Guid? ParentId { get; private set; }

    public Organization? Parent { get; private set; }

    public string Path { get; private set; } = "";

    public int Depth { get; private set; }

    public bool IsArchived { get; private set; }

    public DateTime? ArchivedAt { get; private set; }

    public bool IsDemo { get; private set; }

    public string SearchKey { get; private set; } = "";

    public static Organization Create(string code, string name, string? shortName, OrganizationKind kind, Area area, Organization? parent, bool isDemo = false)
    {
        if (parent is { IsArchived: true })
        {
            throw new BusinessRuleException("Không thể thêm đơn vị vào một tổ chức đã lưu trữ.");
        }

        var organization = new Organization { IsDemo = isDemo };
        organization.Update(code, name, shortName, kind, area);
        organization.Parent = parent;
        organization.ParentId = parent?.Id;
        organization.Path = (parent?.Path ?? "/") + organization.Id.ToString("N") + "/";
        organization.Depth = parent is null ? 0 : parent.Depth + 1;
        return organization;
    }

    public void Update(string code, string name, string? shortName, OrganizationKind kind, Area area)
    {
        code = (code ?? "").Trim();
        name = (name ?? "").Trim();
        shortName = (shortName ?? "").Trim();
        if (!CodePattern().IsMatch(code))
        {
            throw new BusinessRuleException("Mã tổ chức chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới, tối đa 32 ký tự.");
        }

        if (name.Length is 0 or > 300)
        {
            throw new BusinessRuleException("Tên đầy đủ là bắt buộc và không quá 300 ký tự.");
        }

        if (shortName.Length > 100)
        {
            throw new BusinessRuleException("Tên viết tắt không quá 100 ký tự.");
        }

        Code = code;
        Name = name;
        ShortName = shortName;
        Kind = kind;
        KindId = kind.Id;
        Area = area;
        AreaId = area.Id;
        SearchKey = VietnameseText.Fold(string.Join(' ', code, name, shortName));
    }

    public bool IsInSubtreeOf(Organization other) => Path.StartsWith(other.Path, StringComparison.Ordinal);

    /// <summary>Moves this organization, with its whole subtree, under <paramref name="newParent"/> (null: to the top).</summary>
    public void MoveUnder(Organization? newParent, IReadOnlyCollection<Organization> descendants)
    {
        if (newParent is not null && newParent.IsInSubtreeOf(this))
        {
            throw new BusinessRuleException("Không thể chuyển một tổ chức vào chính nó hoặc vào đơn vị cấp dưới của nó.");
        }

        if (newParent is { IsArchived: true })
        {
            throw new BusinessRuleException("Không thể chuyển vào một tổ chức đã lưu trữ.");
        }

        if (descendants.Any(d => d == this || !d.IsInSubtreeOf(this)))
        {
            throw new InvalidOperationException("The descendants given are not this organization's subtree.");
        }

        var oldPath = Path;
        var oldDepth = Depth;
        Parent = newParent;
        ParentId = newParent?.Id;
        Path = (newParent?.Path ?? "/") + Id.ToString("N") + "/";
        Depth = newParent is null ? 0 : newParent.Depth + 1;
        foreach (var descendant in descendants)
        {
            descendant.Path = Path + descendant.Path[oldPath.Length..];
            descendant.Depth = descendant.Depth - oldDepth + Depth;
        }
    }

    public void Archive(bool hasActiveChildren, DateTime utcNow)
    {
        if (IsArchived)
        {
            throw new BusinessRuleException("Tổ chức này đã được lưu trữ.");
        }

        if (hasActiveChildren)
        {
            throw new BusinessRuleException("Không thể lưu trữ tổ chức còn đơn vị trực thuộc đang hoạt động. Hãy chuyển hoặc lưu trữ các đơn vị đó trước.");
        }

        IsArchived = true;
        ArchivedAt = utcNow;
    }

    public void Restore()
    {
        if (!IsArchived)
        {
            throw new BusinessRuleException("Tổ chức này đang hoạt động.");
        }

        if (Parent is { IsArchived: true })
        {
            throw new BusinessRuleException("Hãy khôi phục tổ chức cấp trên trước.");
        }

        IsArchived = false;
        ArchivedAt = null;
    }

    public string DisplayName => string.IsNullOrEmpty(ShortName) ? Name : $"{Name} ({ShortName})";

    [GeneratedRegex("^[0-9A-Za-z._-]{1,32}$")]
    private static partial Regex CodePattern();
}
