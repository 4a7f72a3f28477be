package dev.flute.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * flute-bom manages Flute's libraries and nothing else: importing it must never change the versions
 * of a user's other dependencies (importing flute-parent re-managed their JUnit).
 */
class BomTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void should_have_no_parent_and_nothing_but_dependency_management() throws Exception {
        Element bom = read(ROOT.resolve("bom/pom.xml"));

        var sections = new ArrayList<String>();
        for (Node n = bom.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) sections.add(e.getTagName());
        }
        assertEquals(
                List.of(
                        "modelVersion",
                        "groupId",
                        "artifactId",
                        "version",
                        "packaging",
                        "name",
                        "description",
                        "dependencyManagement"),
                sections);
    }

    @Test
    void should_manage_every_flute_library_at_the_project_version_and_nothing_else() throws Exception {
        List<String> managed = managed(read(ROOT.resolve("bom/pom.xml")));

        assertEquals(
                List.of(
                        "dev.flute:flute-dsl:${project.version}",
                        "dev.flute:flute-dsl-schema:${project.version}",
                        "dev.flute:flute-dsl-auth:${project.version}",
                        "dev.flute:flute-dsl-websocket:${project.version}",
                        "dev.flute:flute-dsl-client:${project.version}"),
                managed);
        // The build manages the same artifacts for itself, in flute-parent: the two lists cannot drift.
        List<String> ownFlute = managed(read(ROOT.resolve("pom.xml"))).stream()
                .filter(coordinates -> coordinates.startsWith("dev.flute:"))
                .toList();
        assertEquals(managed, ownFlute);
    }

    @Test
    void should_name_artifacts_that_the_build_makes() throws Exception {
        for (String module : List.of("dsl", "dsl-schema", "dsl-auth", "dsl-websocket")) {
            String artifactId = text(read(ROOT.resolve(module + "/pom.xml")), "artifactId");
            assertTrue(
                    managed(read(ROOT.resolve("bom/pom.xml")))
                            .contains("dev.flute:" + artifactId + ":${project.version}"),
                    artifactId);
        }
    }

    private static List<String> managed(Element project) {
        var out = new ArrayList<String>();
        Element management = child(project, "dependencyManagement");
        Element dependencies = child(management, "dependencies");
        for (Node n = dependencies.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element d)
                out.add(text(d, "groupId") + ":" + text(d, "artifactId") + ":" + text(d, "version"));
        }
        return out;
    }

    private static Element read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(pom.toFile())
                .getDocumentElement();
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) return e;
        }
        throw new AssertionError(parent.getTagName() + " has no " + tag);
    }

    private static String text(Element parent, String tag) {
        return child(parent, tag).getTextContent().trim();
    }
}
