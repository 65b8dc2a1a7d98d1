using System.Security.Cryptography;
using System.Text;

namespace TreatyApi.Extraction;

/// <summary>
/// Stable fact ids: a hash of the document id and what the fact says (normalised), not of offsets or order,
/// so a permalink survives a re-ingest and small edits elsewhere in the document.
/// </summary>
public static class FactIds
{
    public static string Make(string prefix, string documentId, params string[] parts)
    {
        var key = documentId + "\u001F" + string.Join('\u001F', parts.Select(TextStructure.Normalize));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return prefix + "_" + Convert.ToHexStringLower(hash, 0, 8);
    }
}
