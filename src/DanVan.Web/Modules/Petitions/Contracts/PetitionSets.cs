using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Petitions.Calendar;
using DanVan.Web.Modules.Petitions.Receptions;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Petitions.Contracts;

public static class PetitionSets
{
    extension(AppDbContext db)
    {
        public DbSet<Petition> Petitions => db.Set<Petition>();

        public DbSet<Petitioner> Petitioners => db.Set<Petitioner>();

        public DbSet<PetitionEvent> PetitionEvents => db.Set<PetitionEvent>();

        public DbSet<PetitionFile> PetitionFiles => db.Set<PetitionFile>();

        public DbSet<Holiday> Holidays => db.Set<Holiday>();

        public DbSet<DeadlineRule> DeadlineRules => db.Set<DeadlineRule>();

        public DbSet<ReceptionSession> ReceptionSessions => db.Set<ReceptionSession>();

        public DbSet<BannedSender> BannedSenders => db.Set<BannedSender>();

        public DbSet<PetitionReminder> PetitionReminders => db.Set<PetitionReminder>();
    }
}
