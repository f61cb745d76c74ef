using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;

namespace DanVan.Web.Modules.Organizations.Responsibilities;

/// <summary>
/// Phân công phụ trách: which member of a unit (a Party committee's member, usually) is in charge of one village or area
/// of the unit's territory, or of one field of its work. One person per area and per field of a unit; the person sees
/// it on the unit's page, the area's units show it, and the tasks of that area or field reach them.
/// </summary>
public sealed class Responsibility
{
    public const int MaxFieldLength = 150;

    private Responsibility()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>The unit whose division of work this is.</summary>
    public Guid OrganizationId { get; private set; }

    public string UserId { get; private set; } = "";

    /// <summary>The area in charge (a village, a commune of a province), or null for a field.</summary>
    public Guid? AreaId { get; private set; }

    public Area? Area { get; private set; }

    /// <summary>The field in charge ("Công tác dân vận", "Mặt trận và các đoàn thể" …), or null for an area.</summary>
    public string? Field { get; private set; }

    /// <summary>The field folded (no case, no diacritics): two spellings of one field are one field.</summary>
    public string? FieldKey { get; private set; }

    public DateTime AssignedAt { get; private set; }

    /// <param name="members">The users holding a membership at the unit itself: nobody else is put in charge.</param>
    /// <param name="area">The area with its parents loaded: it must be the unit's own area or lie within it.</param>
    public static Responsibility Create(Organization unit, string userId, IReadOnlySet<string> members, Area? area, string? field, DateTime utcNow)
    {
        field = string.IsNullOrWhiteSpace(field) ? null : string.Join(' ', field.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ';', ',', ' ');
        field = string.IsNullOrEmpty(field) ? null : field;
        if ((area is null) == (field is null))
        {
            throw new BusinessRuleException("Hãy chọn một địa bàn hoặc ghi một lĩnh vực (một trong hai) cho mỗi phân công.");
        }

        if (field is { Length: > MaxFieldLength })
        {
            throw new BusinessRuleException($"Tên lĩnh vực không quá {MaxFieldLength} ký tự.");
        }

        if (area is not null && !Within(area, unit.AreaId))
        {
            throw new BusinessRuleException($"Địa bàn “{area.Name}” không thuộc địa bàn của {unit.Name}.");
        }

        if (unit.IsArchived)
        {
            throw new BusinessRuleException("Đơn vị đã lưu trữ: không phân công phụ trách được nữa.");
        }

        var responsibility = new Responsibility { OrganizationId = unit.Id, AreaId = area?.Id, Field = field, FieldKey = KeyOf(field), AssignedAt = utcNow };
        responsibility.Reassign(userId, members, utcNow);
        return responsibility;
    }

    /// <summary>Hands the area or field to another member of the unit.</summary>
    public void Reassign(string userId, IReadOnlySet<string> members, DateTime utcNow)
    {
        if (string.IsNullOrEmpty(userId) || !members.Contains(userId))
        {
            throw new BusinessRuleException("Người phụ trách phải là cán bộ được phân công tại chính đơn vị này.");
        }

        (UserId, AssignedAt) = (userId, utcNow);
    }

    /// <summary>A field's key: no case, no diacritics, any dash a hyphen ("Văn hóa – xã hội" is "văn hoá - xã hội").</summary>
    public static string? KeyOf(string? field) =>
        string.IsNullOrWhiteSpace(field) ? null
        : VietnameseText.Fold(field.Replace('–', '-').Replace('—', '-').Replace('‑', '-')).TrimEnd('.', ';', ',', ' ');

    /// <summary>What the person is in charge of, as a line of the table reads.</summary>
    public string Scope => Field ?? Area?.Name ?? "";

    private static bool Within(Area area, Guid unitAreaId)
    {
        for (var (current, depth) = (area, 0); current is not null && depth < 4; (current, depth) = (current.Parent, depth + 1))
        {
            if (current.Id == unitAreaId)
            {
                return true;
            }
        }

        return false;
    }
}
