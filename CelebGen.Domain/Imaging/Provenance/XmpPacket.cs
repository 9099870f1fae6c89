using System.Globalization;
using System.Security;

namespace CelebGen.Domain.Imaging.Provenance;

/// <summary>
/// Builds the XMP packet: IPTC Extension DigitalSourceType, xmp:CreatorTool, xmp:CreateDate, and the
/// reference code (as dc:identifier, plus our own celebgen:ReferenceCode so readers need not guess).
/// </summary>
public static class XmpPacket
{
    public const string CelebGenNamespace = "https://celebgen.app/ns/provenance/1.0/";

    private const string ByteOrderMark = "\uFEFF";

    public static string Build(ProvenanceRecord record)
    {
        string Escape(string value) => SecurityElement.Escape(value);
        var created = record.CreatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"""
            <?xpacket begin="{ByteOrderMark}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about=""
                xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
                xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:celebgen="{CelebGenNamespace}"
                Iptc4xmpExt:DigitalSourceType="{ProvenanceRecord.TrainedAlgorithmicMedia}"
                xmp:CreatorTool="{Escape(record.CreatorTool)}"
                xmp:CreateDate="{created}"
                celebgen:ReferenceCode="{record.Reference.Code}">
               <dc:identifier>{record.Reference.Code}</dc:identifier>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
    }
}
