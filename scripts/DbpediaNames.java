import java.io.File;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes the typed entities of Apache Stanbol's DBpedia index (org.apache.stanbol.data.sites.dbpedia 1.1.0: the 43 000
 * most linked DBpedia entities, a Lucene 3 index; DBpedia data CC-BY-SA-3.0) as lines of {@code kind TAB label}: kind
 * person, org or place from the entity's DBpedia ontology type, one line per English and German label. Used by
 * build-name-lists.sh only (run with lucene-core 3.6.2 on the class path); nothing here runs in the pipeline.
 * Usage: java -cp lucene-core-3.6.2.jar DbpediaNames.java INDEX_DIR OUT_FILE
 */
public class DbpediaNames {

    private static final String ONTOLOGY = "http://dbpedia.org/ontology/";

    public static void main(String[] args) throws Exception {
        try (IndexReader index = IndexReader.open(FSDirectory.open(new File(args[0])));
                PrintStream out = new PrintStream(new File(args[1]), "UTF-8")) {
            for (int i = 0; i < index.maxDoc(); i++) {
                if (index.isDeleted(i)) {
                    continue;
                }
                Document entity = index.document(i);
                String kind = kind(entity.getValues("ref/rdf:type/"));
                if (kind == null) {
                    continue;
                }
                List<String> labels = new ArrayList<>(List.of(entity.getValues("@en/rdfs:label/")));
                labels.addAll(List.of(entity.getValues("@de/rdfs:label/")));
                for (String label : labels) {
                    out.println(kind + "\t" + label.replaceAll("[\t\n]", " "));
                }
            }
        }
    }

    /** person, org or place; a person first (DBpedia types some bands and teams as both). */
    private static String kind(String[] types) {
        List<String> names = new ArrayList<>();
        for (String type : types) {
            if (type.startsWith(ONTOLOGY)) {
                names.add(type.substring(ONTOLOGY.length()));
            }
        }
        return names.contains("Person") ? "person"
                : names.contains("Organisation") ? "org"
                : names.contains("Place") ? "place" : null;
    }
}
