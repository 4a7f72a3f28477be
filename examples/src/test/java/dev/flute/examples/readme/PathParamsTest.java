package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.testing.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathParamsTest {
    // README: path-params
    enum ModelName {
        alexnet,
        resnet,
        lenet
    }

    static final Endpoint<?> READ_ITEM =
            route(GET, "/items/<item_id>").param(path("item_id", int_())).handle(itemId -> Map.of("item_id", itemId));

    static final Endpoint<?> READ_FILE = route(GET, "/files/<file_path:path>") // the rest, slashes included
            .param(path("file_path", str()))
            .handle(filePath -> Map.of("file_path", filePath));

    static final Endpoint<?> GET_MODEL = route(GET, "/models/<model_name>")
            .param(path("model_name", enum_(ModelName.class)))
            .handle(model -> Map.of("model_name", model));
    // README: end

    @Test
    void should_read_typed_paths_and_refuse_what_does_not_parse() {
        try (var client = TestClient.of(api("Paths", "1").routes(READ_ITEM, READ_FILE, GET_MODEL))) {
            client.get("/items/3").send().assertStatus(200).assertText("{\"item_id\":3}");
            client.get("/items/foo")
                    .send()
                    .assertStatus(422)
                    .assertText(
                            """
                    {"detail":[{"type":"int_parsing","loc":["path","item_id"],"msg":"Input should be a valid integer, unable to parse string as an integer","input":"foo"}]}""");
            client.get("/items/2147483648")
                    .send()
                    .assertStatus(422)
                    .assertText(
                            """
                    {"detail":[{"type":"less_than_equal","loc":["path","item_id"],"msg":"Input should be less than or equal to 2147483647","input":"2147483648","ctx":{"le":2147483647}}]}""");
            client.get("/files/home/johndoe/myfile.txt")
                    .send()
                    .assertStatus(200)
                    .assertText("{\"file_path\":\"home/johndoe/myfile.txt\"}");
            client.get("/models/resnet").send().assertStatus(200).assertText("{\"model_name\":\"resnet\"}");
            client.get("/models/vgg")
                    .send()
                    .assertStatus(422)
                    .assertText(
                            """
                    {"detail":[{"type":"enum","loc":["path","model_name"],"msg":"Input should be 'alexnet', 'resnet' or 'lenet'","input":"vgg","ctx":{"expected":"'alexnet', 'resnet' or 'lenet'"}}]}""");
        }
    }
}
