using System.Text.RegularExpressions;
using DanVan.Web.Infrastructure.Errors;

namespace DanVan.Web.Modules.Organizations;

/// <summary>The kind of an organization is data an administrator edits: names of bodies change with reorganisations.</summary>
public sealed partial class OrganizationKind
{
    private OrganizationKind()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public int SortOrder { get; private set; }

    public static OrganizationKind Create(string code, string name, int sortOrder)
    {
        var kind = new OrganizationKind();
        kind.Update(code, name, sortOrder);
        return kind;
    }

    public static OrganizationKind Create(Guid id, string code, string name, int sortOrder)
    {
        var kind = Create(code, name, sortOrder);
        kind.Id = id;
        return kind;
    }

    public void Update(string code, string name, int sortOrder)
    {
        code = (code ?? "").Trim();
        name = (name ?? "").Trim();
        if (!CodePattern().IsMatch(code))
        {
            throw new BusinessRuleException("Mã loại tổ chức gồm chữ thường không dấu, số và gạch ngang, tối đa 32 ký tự.");
        }

        if (name.Length is 0 or > 100)
        {
            throw new BusinessRuleException("Tên loại tổ chức là bắt buộc và không quá 100 ký tự.");
        }

        Code = code;
        Name = name;
        SortOrder = sortOrder;
    }

    [GeneratedRegex("^[a-z0-9-]{1,32}$")]
    private static partial Regex CodePattern();
}
