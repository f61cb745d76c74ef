using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;

namespace DanVan.Tests.Organizations;

public sealed class OrganizationRulesTests
{
    private static readonly OrganizationKind Kind = OrganizationKind.Create("dang-uy", "Đảng ủy", 1);
    private static readonly Area Province = Area.Create("08", "Tuyên Quang", AreaLevel.Province, null);

    [Fact]
    public void The_csv_export_writes_formula_like_names_as_text_and_input_text_loses_controls_and_overrides()
    {
        var unit = Organization.Create("F", "=HYPERLINK(\"http://x\";\"bấm\")", "@SUM(1)", Kind, Province, null);
        var csv = System.Text.Encoding.UTF8.GetString(DanVan.Web.Modules.Organizations.Transfer.OrganizationCsvExport.Write([unit]));
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"bấm\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(1),", csv, StringComparison.Ordinal);
        Assert.Equal("Hội nông dân\nthôn", InputText.Clean("Hội\0 nông\u202E dân\r\nthôn\u200B"));
        Assert.Equal("ho-so.pdf", InputText.FileName("../..\\ho-so\u202E.pdf"));
    }

    [Fact]
    public void Moving_an_organization_under_its_own_descendant_is_refused()
    {
        var root = Organization.Create("A", "A", null, Kind, Province, null);
        var child = Organization.Create("B", "B", null, Kind, Province, root);
        var grandchild = Organization.Create("C", "C", null, Kind, Province, child);
        var error = Assert.Throws<BusinessRuleException>(() => root.MoveUnder(grandchild, [child, grandchild]));
        Assert.Contains("cấp dưới", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_rebases_the_whole_subtree()
    {
        var a = Organization.Create("A", "A", null, Kind, Province, null);
        var b = Organization.Create("B", "B", null, Kind, Province, null);
        var child = Organization.Create("C", "C", null, Kind, Province, a);
        var grandchild = Organization.Create("D", "D", null, Kind, Province, child);
        child.MoveUnder(b, [grandchild]);
        Assert.True(grandchild.IsInSubtreeOf(b));
        Assert.False(grandchild.IsInSubtreeOf(a));
        Assert.Equal(2, grandchild.Depth);
    }

    [Fact]
    public void Archiving_with_active_children_is_refused()
    {
        var root = Organization.Create("A", "A", null, Kind, Province, null);
        Assert.Throws<BusinessRuleException>(() => root.Archive(hasActiveChildren: true, DateTime.UtcNow));
        root.Archive(hasActiveChildren: false, DateTime.UtcNow);
        Assert.True(root.IsArchived);
    }

    [Theory]
    [InlineData(AreaLevel.Province, "8")]
    [InlineData(AreaLevel.Province, "080")]
    [InlineData(AreaLevel.Commune, "0228")]
    [InlineData(AreaLevel.Commune, "02287a")]
    public void Official_area_codes_are_checked(AreaLevel level, string code)
    {
        var parent = level == AreaLevel.Commune ? Province : null;
        Assert.Throws<BusinessRuleException>(() => Area.Create(code, "X", level, parent));
    }

    [Theory]
    [InlineData("Tuyên Quang", "tuyen quang")]
    [InlineData("  ĐẢNG ỦY   xã  ", "dang uy xa")]
    [InlineData("Hội Liên hiệp Phụ nữ", "hoi lien hiep phu nu")]
    public void Folding_removes_diacritics_and_case(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Theory]
    [InlineData(13L, "13 byte")]
    [InlineData(1536L, "1,5 KB")]
    [InlineData(3L * 1024 * 1024, "3 MB")]
    public void File_sizes_read_as_people_write_them(long bytes, string expected) =>
        Assert.Equal(expected, VietnameseText.FormatSize(bytes));
}
