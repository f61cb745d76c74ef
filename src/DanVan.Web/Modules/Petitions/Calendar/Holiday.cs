using DanVan.Web.Infrastructure.Errors;

namespace DanVan.Web.Modules.Petitions.Calendar;

/// <summary>A public holiday (or a day off moved by the government): not a working day for the deadlines counted in working days.</summary>
public sealed class Holiday
{
    private Holiday()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public DateOnly Date { get; private set; }

    public string Name { get; private set; } = "";

    public static Holiday Create(DateOnly date, string name)
    {
        var holiday = new Holiday();
        holiday.Update(date, name);
        return holiday;
    }

    public void Update(DateOnly date, string name)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 200)
        {
            throw new BusinessRuleException("Tên ngày nghỉ là bắt buộc và không quá 200 ký tự.");
        }

        if (date.Year is < 2000 or > 2100)
        {
            throw new BusinessRuleException("Ngày nghỉ phải trong khoảng năm 2000–2100.");
        }

        Date = date;
        Name = name;
    }
}

/// <summary>Working days: Monday to Friday except the holidays an administrator keeps.</summary>
public sealed class WorkingCalendar(IReadOnlySet<DateOnly> holidays)
{
    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>The day that ends <paramref name="days"/> working days after <paramref name="from"/> (the day of receipt itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var day = from;
        for (var left = days; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>Days counted as the rule says: working days, or calendar days whose last falls on a working day (moved to the next one otherwise).</summary>
    public DateOnly Add(DateOnly from, int days, bool workingDays)
    {
        if (workingDays)
        {
            return AddWorkingDays(from, days);
        }

        var day = from.AddDays(days);
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
