using DanVan.Web.Modules.Organizations;

namespace DanVan.Web.Modules.Plans;

/// <summary>A unit given a task, leading or coordinating; <see cref="UnitName"/> keeps the name the document used.</summary>
public sealed class TaskAssignment
{
    private TaskAssignment()
    {
    }

    internal TaskAssignment(PlanTask task, Organization? organization, string unitName, AssignmentRole role)
    {
        Task = task;
        TaskId = task.Id;
        Organization = organization;
        OrganizationId = organization?.Id;
        UnitName = unitName;
        Role = role;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TaskId { get; private set; }

    public PlanTask? Task { get; private set; }

    public Guid? OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public string UnitName { get; private set; } = "";

    public AssignmentRole Role { get; private set; }

    internal void MakeLead() => Role = AssignmentRole.Lead;
}
