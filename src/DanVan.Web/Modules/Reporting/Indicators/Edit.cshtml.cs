using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Infrastructure.Web;

namespace DanVan.Web.Modules.Reporting.Indicators;

/// <summary>
/// Adds or changes an indicator. The entity checks code, type/aggregation and references; once values have been
/// reported, what they mean (type, aggregation, by-village, parts) is fixed so old reports keep their sense.
/// </summary>
[Authorize(Policy = OrganizationPermissions.ReferenceData)]
public sealed class EditModel(AppDbContext db) : CatalogEditPage<Indicator, IndicatorInput>(db)
{
    private IndicatorDefinition? definition;

    public IReadOnlyList<Indicator> Catalog { get; private set; } = [];

    /// <summary>The kinds of unit an indicator can be reported by (code, name).</summary>
    public IReadOnlyList<(string Code, string Name)> Kinds { get; private set; } = [];

    public bool HasValues { get; private set; }

    protected override UniqueField Unique => new(nameof(Indicator.Code), "Input.Code", "Mã chỉ tiêu vừa được người khác dùng. Hãy chọn mã khác.");

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } e)
        {
            Input = new IndicatorInput
            {
                Code = e.Code, Name = e.Name, Unit = e.Unit, Type = e.Type, Aggregation = e.Aggregation,
                NumeratorId = e.NumeratorId, DenominatorId = e.DenominatorId, NotAboveId = e.NotAboveId,
                MinValue = e.MinValue is { } min ? IndicatorValues.Format(min) : null, MaxValue = e.MaxValue is { } max ? IndicatorValues.Format(max) : null, ByVillage = e.ByVillage, IsActive = e.IsActive,
                ReporterKinds = [.. e.ReporterKindCodes],
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var minValue = Bound(Input.MinValue, nameof(Input.MinValue), "Giá trị nhỏ nhất");
        var maxValue = Bound(Input.MaxValue, nameof(Input.MaxValue), "Giá trị lớn nhất");
        if (Input.ReporterKinds.Any(k => Kinds.All(kind => kind.Code != k)))
        {
            ModelState.AddModelError("Input.ReporterKinds", "Có loại đơn vị được chọn không còn trong danh mục; hãy chọn lại.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        definition = new IndicatorDefinition(
            Input.Code, Input.Name, Input.Unit ?? "", Input.Type, Input.Aggregation, Input.NumeratorId, Input.DenominatorId,
            Input.NotAboveId, minValue, maxValue, Input.ByVillage, Input.IsActive, Input.ReporterKinds);
        if (Existing is { } existing && HasValues
            && (existing.Type != definition.Type || existing.Aggregation != definition.Aggregation || existing.ByVillage != definition.ByVillage
                || (existing.IsComputed && (existing.NumeratorId != definition.NumeratorId || existing.DenominatorId != definition.DenominatorId))))
        {
            ModelState.AddModelError(string.Empty, "Chỉ tiêu đã có số liệu báo cáo: không đổi được dạng, cách tổng hợp, tử số/mẫu số hay việc nhập theo thôn. Hãy thêm chỉ tiêu mới và ngừng dùng chỉ tiêu này.");
            return Page();
        }

        return await SaveAsync(found: true, cancellationToken);
    }

    protected override Indicator Create() => Indicator.Create(definition!, Catalog);

    protected override void Update(Indicator existing) => existing.Change(definition!, Catalog);

    protected override string Saved(Indicator row, bool created) => created ? $"Đã thêm chỉ tiêu {row.Code}." : $"Đã lưu chỉ tiêu {row.Code}.";

    /// <summary>A bound typed the Vietnamese way ("1.000", "12,5"); a message on the field when it is not a number.</summary>
    private decimal? Bound(string? raw, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (IndicatorValues.TryParseNumber(raw.Trim(), out var number))
        {
            return number;
        }

        ModelState.AddModelError($"Input.{field}", $"{label}: “{raw.Trim()}” không phải là số (viết như 1.000 hoặc 12,5).");
        return null;
    }

    private async Task<bool> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        Catalog = await Db.Indicators.OrderBy(i => i.Position).ToListAsync(cancellationToken);
        Kinds = (await Db.OrganizationKinds.AsNoTracking().Select(k => new { k.Code, k.Name }).ToListAsync(cancellationToken))
            .OrderBy(k => k.Name, Infrastructure.Text.VietnameseText.Comparer).Select(k => (k.Code, k.Name)).ToList();
        if (id is null)
        {
            return true;
        }

        Existing = Catalog.FirstOrDefault(i => i.Id == id);
        HasValues = Existing is not null && await Db.Set<ReportValue>().AnyAsync(v => v.IndicatorId == id, cancellationToken);
        return Existing is not null;
    }
}

public sealed class IndicatorInput
{
    [Required(ErrorMessage = "Hãy nhập mã chỉ tiêu.")]
    [Display(Name = "Mã")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập tên chỉ tiêu.")]
    [Display(Name = "Tên")]
    public string Name { get; set; } = "";

    [Display(Name = "Đơn vị tính")]
    public string? Unit { get; set; }

    [Display(Name = "Dạng")]
    public IndicatorType Type { get; set; } = IndicatorType.Integer;

    [Display(Name = "Cách tổng hợp")]
    public IndicatorAggregation Aggregation { get; set; } = IndicatorAggregation.Sum;

    [Display(Name = "Tử số")]
    public Guid? NumeratorId { get; set; }

    [Display(Name = "Mẫu số")]
    public Guid? DenominatorId { get; set; }

    [Display(Name = "Không vượt quá")]
    public Guid? NotAboveId { get; set; }

    [Display(Name = "Giá trị nhỏ nhất")]
    public string? MinValue { get; set; }

    [Display(Name = "Giá trị lớn nhất")]
    public string? MaxValue { get; set; }

    [Display(Name = "Nhập theo thôn")]
    public bool ByVillage { get; set; }

    [Display(Name = "Đang dùng")]
    public bool IsActive { get; set; } = true;

    /// <summary>Kind codes of the units that report it; none: every unit (an activity), required for a statistic by village.</summary>
    [Display(Name = "Đơn vị báo cáo")]
    public List<string> ReporterKinds { get; set; } = [];
}
