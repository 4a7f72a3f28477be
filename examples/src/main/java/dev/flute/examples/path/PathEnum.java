package dev.flute.examples.path;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.LinkedHashMap;
import java.util.Map;

/** Seed §2.1.4: a path parameter restricted to the values of an enum. */
public final class PathEnum {
    private PathEnum() {}

    /** Constants named as their wire values, so no mapping is needed. */
    public enum ModelName {
        alexnet,
        resnet,
        lenet
    }

    static Map<String, Object> getModel(ModelName modelName) {
        String message =
                switch (modelName) {
                    case alexnet -> "Deep Learning FTW!";
                    case lenet -> "LeCNN all the images";
                    case resnet -> "Have some residuals";
                };
        var out = new LinkedHashMap<String, Object>();
        out.put("model_name", modelName);
        out.put("message", message);
        return out;
    }

    static final Endpoint GET_MODEL = route(GET, "/models/<model_name>")
            .name("get_model")
            .param(path("model_name", enum_(ModelName.class)))
            .handle(PathEnum::getModel);

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(GET_MODEL);
    }
}
