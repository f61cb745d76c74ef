namespace DanVan.Web.Modules.Plans.Contracts;

/// <summary>Vietnamese names of the plans' enums, for every module that shows them.</summary>
public static class PlanVocabulary
{
    public static string Vietnamese(this TaskRecurrence recurrence) => recurrence switch
    {
        TaskRecurrence.Ongoing => "Thường xuyên",
        TaskRecurrence.Once => "Một lần (có hạn)",
        TaskRecurrence.Monthly => "Hằng tháng",
        TaskRecurrence.Quarterly => "Hằng quý",
        TaskRecurrence.SixMonthly => "06 tháng",
        TaskRecurrence.Annual => "Hằng năm",
        _ => recurrence.ToString(),
    };

    public static string Vietnamese(this AssignmentRole role) => role == AssignmentRole.Lead ? "Chủ trì" : "Phối hợp";
}
