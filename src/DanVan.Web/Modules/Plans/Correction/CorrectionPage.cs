using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Modules.Plans.Correction;

/// <summary>
/// What the correction pages share: a form carries the plan's version it was shown at (<see cref="Seen"/>) and saves
/// nothing when the plan was corrected since (another tab, another officer, a second click).
/// </summary>
public abstract class CorrectionPage : PageModel
{
    private int seenBefore;

    /// <summary>The plan's version when the form was shown; after loading, the plan's version now.</summary>
    [BindProperty]
    public int Seen { get; set; }

    /// <summary>Takes the plan's current version, keeping the one the form was shown at for <see cref="Stale"/>.</summary>
    protected void Versioned(int current)
    {
        seenBefore = Seen;
        Seen = current;
    }

    /// <summary>Whether the form was shown before the plan's last correction: then it is refused, with why.</summary>
    protected bool Stale()
    {
        if (seenBefore == Seen)
        {
            return false;
        }

        ModelState.AddModelError(string.Empty, "Kế hoạch vừa được điều chỉnh ở nơi khác (thẻ khác hoặc người khác) sau khi bạn mở trang này; chưa có gì được lưu. Hãy xem lịch sử điều chỉnh rồi làm lại.");
        return true;
    }
}
