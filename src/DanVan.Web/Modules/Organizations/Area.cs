using System.Text.RegularExpressions;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;

namespace DanVan.Web.Modules.Organizations;

/// <summary>
/// An area (địa bàn). Province codes have 2 digits and commune codes 5 (QĐ 19/2025/QĐ-TTg); the two are
/// independent, so the parent link is stored. Villages have no official code: any short code unique here.
/// </summary>
public sealed partial class Area
{
    private Area()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public AreaLevel Level { get; private set; }

    public Guid? ParentId { get; private set; }

    public Area? Parent { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public bool IsDemo { get; private set; }

    public string SearchKey { get; private set; } = "";

    public static Area Create(string code, string name, AreaLevel level, Area? parent, DateOnly? validFrom = null, DateOnly? validTo = null, bool isDemo = false)
    {
        var area = new Area { Level = level, IsDemo = isDemo };
        area.SetParent(parent);
        area.Update(code, name, validFrom, validTo);
        return area;
    }

    public void Update(string code, string name, DateOnly? validFrom, DateOnly? validTo)
    {
        code = (code ?? "").Trim();
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 200)
        {
            throw new BusinessRuleException("Tên địa bàn là bắt buộc và không quá 200 ký tự.");
        }

        var valid = Level switch
        {
            AreaLevel.Province => ProvinceCode().IsMatch(code),
            AreaLevel.Commune => CommuneCode().IsMatch(code),
            _ => VillageCode().IsMatch(code),
        };
        if (!valid)
        {
            throw new BusinessRuleException(Level switch
            {
                AreaLevel.Province => "Mã tỉnh gồm đúng 2 chữ số (ví dụ 08).",
                AreaLevel.Commune => "Mã xã gồm đúng 5 chữ số (ví dụ 02221).",
                _ => "Mã thôn chỉ gồm chữ, số, dấu chấm hoặc gạch ngang, tối đa 20 ký tự.",
            });
        }

        if (validFrom is { } from && validTo is { } to && to < from)
        {
            throw new BusinessRuleException("Ngày hết hiệu lực không được trước ngày có hiệu lực.");
        }

        Code = code;
        Name = name;
        ValidFrom = validFrom;
        ValidTo = validTo;
        SearchKey = VietnameseText.Fold(code + " " + name);
    }

    private void SetParent(Area? parent)
    {
        var expected = Level switch
        {
            AreaLevel.Province => (AreaLevel?)null,
            AreaLevel.Commune => AreaLevel.Province,
            _ => AreaLevel.Commune,
        };
        if (parent?.Level != expected)
        {
            throw new BusinessRuleException(Level switch
            {
                AreaLevel.Province => "Tỉnh không thuộc địa bàn nào khác.",
                AreaLevel.Commune => "Xã, phường phải thuộc một tỉnh.",
                _ => "Thôn, tổ dân phố phải thuộc một xã, phường.",
            });
        }

        Parent = parent;
        ParentId = parent?.Id;
    }

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex ProvinceCode();

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex CommuneCode();

    [GeneratedRegex(@"^[0-9A-Za-z.\-]{1,20}$")]
    private static partial Regex VillageCode();
}
