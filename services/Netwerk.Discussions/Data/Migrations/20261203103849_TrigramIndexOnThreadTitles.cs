using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Netwerk.Discussions.Data.Migrations
{
    /// <summary>Search and similar threads find a word inside a compound of a title with pg_trgm's `&lt;%`; this index
    /// answers it (the expression is the one the queries write), so it is not computed for every thread a member may
    /// see.</summary>
    public partial class TrigramIndexOnThreadTitles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX ix_threads_title_trigrams ON threads USING gin (netwerk_unaccent(title) gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_threads_title_trigrams;");
        }
    }
}
