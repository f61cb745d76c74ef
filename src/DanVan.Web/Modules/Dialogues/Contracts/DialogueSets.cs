using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Dialogues.Contracts;

public static class DialogueSets
{
    extension(AppDbContext db)
    {
        public DbSet<Dialogue> Dialogues => db.Set<Dialogue>();

        public DbSet<DialogueQuestion> DialogueQuestions => db.Set<DialogueQuestion>();

        public DbSet<DialogueCommitment> DialogueCommitments => db.Set<DialogueCommitment>();
    }
}
