using System.CommandLine;
using DanVan.Web.Cli;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Accounts;

/// <summary><c>users create</c> and <c>users token create</c>.</summary>
internal static class AccountCommands
{
    public static Command Create(CliContext cli)
    {
        var (output, error) = (cli.Output, cli.Error);
        var users = new Command("users", "User accounts.");
        var email = new Option<string>("--email") { Description = "The user's email (their sign-in name).", Required = true };
        var password = new Option<string>("--password") { Description = "Password (at least 10 characters, upper, lower, digit).", Required = true };
        var role = new Option<string>("--role") { Description = "Administrator, OrganizationAdmin, Leader, Officer, Inspector or Viewer.", Required = true };
        var org = new Option<string?>("--org") { Description = "Organization code (required for every role but Administrator)." };
        var subtree = new Option<bool>("--subtree") { Description = "The membership covers the organization's whole subtree." };
        var name = new Option<string?>("--name") { Description = "Full name (defaults to the email)." };
        var create = new Command("create", "Create a user with a role.") { email, password, role, org, subtree, name };
        create.SetAction(async (result, ct) => await cli.WithServicesAsync("cli:users-create", async sp =>
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
            await output.WriteLineAsync($"Created {user.Email}" + (organization is null ? "" : $" in {organization.Code}") + "; they choose their own password at first sign-in.");
            return 0;
        }));

        var tokenEmail = new Option<string>("--email") { Description = "Whose token.", Required = true };
        var days = new Option<int>("--days") { Description = "Days until it expires (1–366).", DefaultValueFactory = _ => 90 };
        var tokenName = new Option<string>("--name") { Description = "A name to recognise the token by.", DefaultValueFactory = _ => "CLI" };
        var tokenCreate = new Command("create", "Create a personal access token; prints it alone on the last line.") { tokenEmail, days, tokenName };
        tokenCreate.SetAction(async (result, ct) => await cli.WithServicesAsync("cli:token-create", async sp =>
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
}
