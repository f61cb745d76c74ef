using System.Data.Common;
using System.CommandLine;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Audit.Contracts;
using DanVan.Web.Modules.Demo;
using DanVan.Web.Cli.Generate;
using DanVan.Web.Modules.Reporting.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Cli;

/// <summary>
/// The same executable as the server runs commands: <c>dotnet run --project src/DanVan.Web -- COMMAND</c>.
/// Commands use the server's configuration (appsettings, environment variables, command-line switches).
/// </summary>
public static class CliApp
{
    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal) { "migrate", "demo", "users", "plan", "reminders", "backup", "restore", "audit", "--help", "-h", "-?", "help" };

    public static bool Handles(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var root = BuildCommands(output, error, settings);
        var parsed = root.Parse(args.Length > 0 && args[0] == "help" ? ["--help"] : args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(configuration);
        }
        catch (BusinessRuleException e)
        {
            await error.WriteLineAsync("Lỗi: " + e.Message);
            return 2;
        }
        catch (DbException e)
        {
            await error.WriteLineAsync("Lỗi cơ sở dữ liệu (database error): " + e.Message + " — check ConnectionStrings__DanVan and run 'migrate'.");
            return 3;
        }
    }

    private static RootCommand BuildCommands(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var root = new RootCommand("DanVan: theo dõi thực hiện công tác dân vận. Without a command, runs the web server.");

        var migrate = new Command("migrate", "Apply database migrations.");
        migrate.SetAction(async (_, ct) => await WithServicesAsync(settings, "cli:migrate", async sp =>
        {
            await using (await sp.GetRequiredService<DatabaseLocks>().AcquireAsync("startup", ct))
            {
                await sp.GetRequiredService<AppDbContext>().Database.MigrateAsync(ct);
            }

            await output.WriteLineAsync("Migrations applied: " + sp.GetRequiredService<DatabaseConnection>().Describe());
            return 0;
        }));
        root.Subcommands.Add(migrate);

        var demo = new Command("demo", "Demo data.");
        var seed = new Command("seed", "Load the demo province (idempotent).");
        seed.SetAction(async (_, ct) => await WithServicesAsync(settings, "cli:demo-seed", async sp =>
        {
            await sp.GetRequiredService<AppDbContext>().Database.MigrateAsync(ct);
            var added = await sp.GetRequiredService<DemoSeeder>().SeedAsync(ct);
            await output.WriteLineAsync($"Demo data: {added} records added.");
            return 0;
        }));
        demo.Subcommands.Add(seed);
        demo.Subcommands.Add(GenerateCommand(output, settings));
        root.Subcommands.Add(demo);

        var reminders = new Command("reminders", "Deadline reminders for reports.");
        var send = new Command("send", "Send the reminders due today (in the app and by e-mail) and any e-mail still waiting; safe to run repeatedly.");
        send.SetAction(async (_, ct) => await WithServicesAsync(settings, "cli:reminders-send", async sp =>
        {
            var result = await sp.GetRequiredService<ReminderRun>().RunAsync(ct);
            await output.WriteLineAsync(result.Skipped ? "Reminders: another server is running a pass now; nothing done." : $"Reminders: {result.Reminders} new, {result.EmailsSent} e-mails sent.");
            return 0;
        }));
        reminders.Subcommands.Add(send);
        root.Subcommands.Add(reminders);

        var audit = new Command("audit", "The audit log.");
        var verify = new Command("verify", "Recompute the audit log's hash chain; exit 1 if an entry was changed or removed.");
        verify.SetAction(async (_, ct) => await WithServicesAsync(settings, "cli:audit-verify", async sp =>
        {
            var result = await sp.GetRequiredService<DanVan.Web.Modules.Audit.AuditVerification>().VerifyAsync(ct);
            if (!result.Intact)
            {
                await error.WriteLineAsync($"Audit log broken at entry {result.BrokenAt}: {result.Problem}. {result.Checked:N0} entries before it are intact.");
                return 1;
            }

            await output.WriteLineAsync($"Audit log intact: {result.Checked:N0} chained entries" + (result.Unchained > 0 ? $", {result.Unchained:N0} earlier entries without a hash." : "."));
            return 0;
        }));
        audit.Subcommands.Add(verify);
        root.Subcommands.Add(audit);

        foreach (var command in BackupCommand.Create(output, error, settings))
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(UsersCommand(output, error, settings));
        root.Subcommands.Add(PlanCommand.Create(output, error));
        return root;
    }

    private static Command GenerateCommand(TextWriter output, IReadOnlyDictionary<string, string?>? settings)
    {
        var provinces = new Option<int>("--provinces") { Description = "Provinces (1–59).", DefaultValueFactory = _ => 34 };
        var communes = new Option<int>("--communes") { Description = "Communes, spread over the provinces.", DefaultValueFactory = _ => 3321 };
        var units = new Option<int>("--units-per-commune") { Description = "Reporting units per commune, the commune's Party committee included.", DefaultValueFactory = _ => 25 };
        var indicators = new Option<int>("--indicators") { Description = "Indicators (every tenth a ratio of the two before it).", DefaultValueFactory = _ => 40 };
        var periods = new Option<int>("--periods") { Description = "Reporting periods, each with one report per unit.", DefaultValueFactory = _ => 2 };
        var generate = new Command("generate", "Generate a synthetic national dataset to measure consolidation (bulk copy on PostgreSQL).") { provinces, communes, units, indicators, periods };
        generate.SetAction(async (result, ct) => await WithServicesAsync(settings, "cli:demo-generate", async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Database.MigrateAsync(ct);
            var size = new DatasetSize(result.GetValue(provinces), result.GetValue(communes), result.GetValue(units), result.GetValue(indicators), result.GetValue(periods));
            await output.WriteLineAsync($"Generating {size.Communes * size.UnitsPerCommune:N0} reporting units × {size.Periods} periods × {size.Indicators} indicators…");
            var summary = await new NationalDataset(db, sp.GetRequiredService<TimeProvider>()).GenerateAsync(size, output, ct);
            await output.WriteLineAsync(summary);
            return 0;
        }));
        return generate;
    }

    private static Command UsersCommand(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var users = new Command("users", "User accounts.");
        var email = new Option<string>("--email") { Description = "The user's email (their sign-in name).", Required = true };
        var password = new Option<string>("--password") { Description = "Password (at least 10 characters, upper, lower, digit).", Required = true };
        var role = new Option<string>("--role") { Description = "Administrator, OrganizationAdmin, Leader, Officer, Inspector or Viewer.", Required = true };
        var org = new Option<string?>("--org") { Description = "Organization code (required for every role but Administrator)." };
        var subtree = new Option<bool>("--subtree") { Description = "The membership covers the organization's whole subtree." };
        var name = new Option<string?>("--name") { Description = "Full name (defaults to the email)." };
        var create = new Command("create", "Create a user with a role.") { email, password, role, org, subtree, name };
        create.SetAction(async (result, ct) => await WithServicesAsync(settings, "cli:users-create", async sp =>
        {
            var roleName = result.GetValue(role)!;
            var isAdministrator = roleName.Equals("Administrator", StringComparison.OrdinalIgnoreCase);
            MembershipRole membershipRole = default;
            if (!isAdministrator && !Enum.TryParse(roleName, ignoreCase: true, out membershipRole))
            {
                await error.WriteLineAsync($"Unknown role '{roleName}'. Use Administrator, OrganizationAdmin, Leader, Officer, Inspector or Viewer.");
                return 2;
            }

            var db = sp.GetRequiredService<AppDbContext>();
            var orgCode = result.GetValue(org);
            var organization = orgCode is null ? null : await db.Organizations.SingleOrDefaultAsync(o => o.Code == orgCode, ct);
            if (!isAdministrator && organization is null)
            {
                await error.WriteLineAsync(orgCode is null ? "--org CODE is required for this role." : $"No organization has the code '{orgCode}'.");
                return 2;
            }

            var administration = sp.GetRequiredService<UserAdministration>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var (user, _) = await administration.CreateUserAsync(result.GetValue(email)!, result.GetValue(name) ?? result.GetValue(email)!, isAdministrator, result.GetValue(password), ct);
            if (organization is not null)
            {
                await administration.AddMembershipAsync(OrgScope.Operator, user, organization, isAdministrator ? MembershipRole.OrganizationAdmin : membershipRole, result.GetValue(subtree), ct);
            }

            await transaction.CommitAsync(ct);
            await output.WriteLineAsync($"Created {user.Email}" + (organization is null ? "" : $" in {organization.Code}") + ".");
            return 0;
        }));

        var tokenEmail = new Option<string>("--email") { Description = "Whose token.", Required = true };
        var days = new Option<int>("--days") { Description = "Days until it expires (1–366).", DefaultValueFactory = _ => 90 };
        var tokenName = new Option<string>("--name") { Description = "A name to recognise the token by.", DefaultValueFactory = _ => "CLI" };
        var tokenCreate = new Command("create", "Create a personal access token; prints it alone on the last line.") { tokenEmail, days, tokenName };
        tokenCreate.SetAction(async (result, ct) => await WithServicesAsync(settings, "cli:token-create", async sp =>
        {
            var user = await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(result.GetValue(tokenEmail)!);
            if (user is null)
            {
                await error.WriteLineAsync($"No user has the email '{result.GetValue(tokenEmail)}'.");
                return 2;
            }

            var secret = await sp.GetRequiredService<UserAdministration>().IssueTokenAsync(user, result.GetValue(tokenName)!, result.GetValue(days), ct);
            await output.WriteLineAsync($"Token for {user.Email}, valid {result.GetValue(days)} days. It is shown only once:");
            await output.WriteLineAsync(secret);
            return 0;
        }));
        var token = new Command("token", "Personal access tokens for the API.");
        token.Subcommands.Add(tokenCreate);
        users.Subcommands.Add(create);
        users.Subcommands.Add(token);
        return users;
    }

    /// <summary>Builds the app's services with the server's configuration, without starting the server.</summary>
    private static async Task<int> WithServicesAsync(IReadOnlyDictionary<string, string?>? settings, string actor, Func<IServiceProvider, Task<int>> action)
    {
        var builder = DanVanHost.CreateBuilder([], settings);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        using var _ = AuditActor.As(actor);
        return await action(scope.ServiceProvider);
    }
}
