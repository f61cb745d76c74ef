using System.Security.Cryptography;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Accounts;

/// <summary>
/// With no administrator in the database, creates one with a random one-time password printed once to the
/// console. No account anywhere has a default password.
/// </summary>
internal sealed class FirstAdministrator(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, IConfiguration configuration)
{
    public async Task<(string Email, string Password)?> EnsureAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.IsAdministrator, cancellationToken))
        {
            return null;
        }

        var email = configuration["Setup:AdminEmail"] is { Length: > 0 } configured ? configured : "admin@danvan.local";
        var password = GeneratePassword();
        var user = AppUser.Create(email, "Quản trị hệ thống", isAdministrator: true, mustChangePassword: true, clock.GetUtcNow().UtcDateTime);
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create the first administrator: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        return (email, password);
    }

    /// <summary>16 characters from an alphabet without look-alikes, with a digit, a lower- and an upper-case letter.</summary>
    public static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        const string all = lower + upper + digits;
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        chars[0] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[5] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[10] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        return new string(chars);
    }
}
