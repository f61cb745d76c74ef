namespace DanVan.Web.Modules.Plans.Import;

/// <summary>The review page's edits to the task list: merge two tasks, split one, drop one.</summary>
internal static class DraftEditing
{
    /// <summary>Joins task <paramref name="index"/> with the next one: texts and units together.</summary>
    public static bool MergeWithNext(PlanDraft draft, int index)
    {
        if (index < 0 || index + 1 >= draft.Tasks.Count)
        {
            return false;
        }

        var (first, second) = (draft.Tasks[index], draft.Tasks[index + 1]);
        first.Text = first.Text.TrimEnd() + "\n" + second.Text.TrimStart();
        foreach (var unit in second.Units.Where(u => !first.Units.Any(f => f.Name == u.Name)))
        {
            first.Units.Add(unit);
        }

        first.ParentTaskId ??= second.ParentTaskId;
        draft.Tasks.RemoveAt(index + 1);
        return true;
    }

    /// <summary>
    /// Splits task <paramref name="index"/> where the officer left an empty line; without one, each bullet
    /// line ("- …") becomes a task of its own. The parts keep the schedule, and the units: a part that opens with
    /// the units that must act ("- Ủy ban nhân dân xã chỉ đạo …") gets those, the others the task's.
    /// </summary>
    public static bool Split(PlanDraft draft, int index)
    {
        if (index < 0 || index >= draft.Tasks.Count)
        {
            return false;
        }

        var task = draft.Tasks[index];
        var text = task.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var parts = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (parts.Count < 2)
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            parts = [];
            foreach (var line in lines)
            {
                if (parts.Count == 0 || line.StartsWith('-') || line.StartsWith('+'))
                {
                    parts.Add(line.TrimStart('-', '+', ' '));
                }
                else
                {
                    parts[^1] += "\n" + line;
                }
            }
        }

        if (parts.Count < 2)
        {
            return false;
        }

        draft.Tasks.RemoveAt(index);
        for (var i = 0; i < parts.Count; i++)
        {
            draft.Tasks.Insert(index + i, new DraftTask
            {
                Number = i == 0 ? task.Number : $"{task.Number}.{i}",
                Text = parts[i],
                Line = task.Line,
                Recurrence = task.Recurrence,
                DueOn = task.DueOn,
                ParentTaskId = task.ParentTaskId,
                Units = DanVan.Documents.Plans.UnitSubjects.Of(parts[i]) is { Count: > 0 } named
                    ? [.. named.Select(u => new DraftTaskUnit { Name = u, Role = AssignmentRole.Lead })]
                    : [.. task.Units.Select(u => new DraftTaskUnit { Name = u.Name, Role = u.Role })],
            });
        }

        return true;
    }

    public static bool Remove(PlanDraft draft, int index)
    {
        if (index < 0 || index >= draft.Tasks.Count || draft.Tasks.Count == 1)
        {
            return false;
        }

        draft.Tasks.RemoveAt(index);
        return true;
    }

    /// <summary>Keeps one mapping per unit name still used by a task (merges and splits change the set).</summary>
    public static void TidyUnits(PlanDraft draft, Func<string, DraftUnit> suggest)
    {
        var used = draft.Tasks.SelectMany(t => t.Units).Select(u => u.Name).Distinct().ToList();
        var known = draft.Units.GroupBy(u => u.Name).ToDictionary(g => g.Key, g => g.First());
        draft.Units = used.Select(name => known.TryGetValue(name, out var unit) ? unit : suggest(name)).ToList();
    }
}
