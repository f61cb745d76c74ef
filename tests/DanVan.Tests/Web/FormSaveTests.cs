using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Web;

/// <summary>
/// The one way pages save, on each engine's own errors: a broken rule and a unique-key clash become form messages
/// (the clash on the field of the key), nothing stays tracked, and any other database error is not explained as
/// "already exists" but reaches the error page.
/// </summary>
public abstract class FormSaveTests(DanVanApp app)
{
    [Fact]
    public async Task A_unique_clash_is_already_exists_on_its_field_and_nothing_is_written() => await app.WithDbAsync(async (db, _) =>
    {
        var form = new ModelStateDictionary();
        var taken = await db.OrganizationKinds.Select(k => k.Code).FirstAsync();
        var saved = await form.TrySaveAsync(db, () => db.OrganizationKinds.Add(OrganizationKind.Create(taken, "Loại trùng mã", 999)), CancellationToken.None,
            new UniqueField(nameof(OrganizationKind.Code), "Input.Code", $"Mã '{taken}' đã được dùng."));
        Assert.False(saved);
        Assert.Equal($"Mã '{taken}' đã được dùng.", Assert.Single(form["Input.Code"]!.Errors).ErrorMessage);
        Assert.Empty(db.ChangeTracker.Entries());
        Assert.Equal(0, await db.OrganizationKinds.CountAsync(k => k.Name == "Loại trùng mã"));
        return 0;
    });

    [Fact]
    public async Task A_broken_rule_is_a_form_message() => await app.WithDbAsync(async (db, _) =>
    {
        var form = new ModelStateDictionary();
        Assert.False(await form.TrySaveAsync(db, () => throw new BusinessRuleException("Không hợp lệ."), CancellationToken.None));
        Assert.Equal("Không hợp lệ.", Assert.Single(form[string.Empty]!.Errors).ErrorMessage);
        return 0;
    });

    [Fact]
    public async Task Another_database_error_is_not_explained_away() => await app.WithDbAsync(async (db, _) =>
    {
        // A unit whose kind does not exist: a foreign key, not a unique key.
        var area = await db.Areas.FirstAsync();
        var kind = OrganizationKind.Create(Guid.NewGuid(), "khong-co", "Không có", 1);
        var form = new ModelStateDictionary();
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => form.TrySaveAsync(db, () =>
        {
            db.Attach(kind); // taken to exist, so that only the database can refuse it
            db.Organizations.Add(Organization.Create("FK.TEST", "Đơn vị thử khóa ngoại", null, kind, area, null));
        }, CancellationToken.None, new UniqueField(nameof(Organization.Code), "Input.Code", "đã có")));
        Assert.True(form.IsValid);
        db.ChangeTracker.Clear();
        Assert.False(await db.Organizations.AnyAsync(o => o.Code == "FK.TEST"));
        return 0;
    });
}

public sealed class FormSaveTests_Sqlite(SqliteApp app) : FormSaveTests(app), IClassFixture<SqliteApp>;

public sealed class FormSaveTests_Postgres(PostgresApp app) : FormSaveTests(app), IClassFixture<PostgresApp>;
