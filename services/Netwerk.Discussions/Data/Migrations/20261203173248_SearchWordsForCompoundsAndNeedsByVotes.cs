using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Netwerk.Discussions.Data.Migrations
{
    /// <summary>The lexicon of compounds that search looks a single word up in (Search/SearchWords), kept by a trigger on
    /// the threads and filled from the threads there are; and the index that lists needs by votes.</summary>
    public partial class SearchWordsForCompoundsAndNeedsByVotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "search_words",
                columns: table => new
                {
                    word = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_words", x => x.word);
                });

            migrationBuilder.CreateIndex(
                name: "ix_threads_kind_vote_count_last_activity_at_id",
                table: "threads",
                columns: new[] { "kind", "vote_count", "last_activity_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_search_words_trigrams",
                table: "search_words",
                column: "word")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.Sql(Search.SearchWords.CreateTrigger);
            migrationBuilder.Sql(Search.SearchWords.FillFromThreads);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER threads_keep_search_words ON threads; DROP FUNCTION netwerk_keep_search_words();");
            migrationBuilder.DropTable(
                name: "search_words");

            migrationBuilder.DropIndex(
                name: "ix_threads_kind_vote_count_last_activity_at_id",
                table: "threads");
        }
    }
}
