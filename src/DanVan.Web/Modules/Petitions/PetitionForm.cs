using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Web;

namespace DanVan.Web.Modules.Petitions;

/// <summary>What the public form and the staff intake both ask.</summary>
public class PetitionInput
{
    [Required(ErrorMessage = "Hãy ghi tóm tắt vụ việc.")]
    [StringLength(Petition.MaxTitle, ErrorMessage = "Tóm tắt không quá 200 ký tự.")]
    [Display(Name = "Tóm tắt vụ việc")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Hãy trình bày nội dung vụ việc.")]
    [StringLength(Petition.MaxText, MinimumLength = 10, ErrorMessage = "Nội dung từ 10 đến 4000 ký tự.")]
    [Display(Name = "Nội dung")]
    public string? Content { get; set; }

    [StringLength(200)]
    [Display(Name = "Nơi xảy ra (đường, xóm, địa điểm)")]
    public string? Place { get; set; }

    [Display(Name = "Địa bàn")]
    public Guid AreaId { get; set; }

    /// <summary>Empty: "I don't know" — the commune's first unit takes it.</summary>
    [Display(Name = "Gửi đến")]
    public Guid? OrganizationId { get; set; }

    [Display(Name = "Loại đơn")]
    public PetitionKind Kind { get; set; } = PetitionKind.Suggestion;

    [StringLength(200)]
    [Display(Name = "Họ và tên")]
    public string? Name { get; set; }

    [StringLength(20)]
    [Display(Name = "Số điện thoại")]
    public string? Phone { get; set; }

    [StringLength(256)]
    [Display(Name = "Thư điện tử (để nhận tin về đơn)")]
    public string? Email { get; set; }

    [StringLength(300)]
    [Display(Name = "Địa chỉ liên hệ")]
    public string? Address { get; set; }

    [Display(Name = "Đồng ý xử lý thông tin cá nhân")]
    public bool Consent { get; set; }

    public PersonInput Person => new(Name, Phone, Email, Address, Consent);
}

internal static class PetitionUploads
{
    public const int MaxFiles = 3;

    public const long MaxRequestBytes = (MaxFiles * EvidenceUpload.MaxBytes) + (1024 * 1024);

    /// <summary>The files as checked uploads; a wrong one is a message naming it.</summary>
    public static async Task<IReadOnlyList<EvidenceUpload>> ReadAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        var real = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (real.Count > MaxFiles)
        {
            throw new BusinessRuleException($"Mỗi lần gửi tối đa {MaxFiles} tệp.");
        }

        var uploads = new List<EvidenceUpload>();
        foreach (var file in real)
        {
            await using var stream = file.OpenReadStream();
            uploads.Add(await EvidenceUpload.ReadAsync(file.FileName, file.Length, stream, cancellationToken));
        }

        return uploads;
    }
}
