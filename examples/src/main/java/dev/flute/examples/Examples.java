package dev.flute.examples;

import dev.flute.examples.body.BodyBasic;
import dev.flute.examples.body.BodyEmbed;
import dev.flute.examples.body.BodyListField;
import dev.flute.examples.body.BodyMultiple;
import dev.flute.examples.body.BodyPathQuery;
import dev.flute.examples.body.BodySingular;
import dev.flute.examples.body.BodySubmodel;
import dev.flute.examples.errors.CustomExceptionHandler;
import dev.flute.examples.errors.HttpException;
import dev.flute.examples.errors.HttpExceptionHeaders;
import dev.flute.examples.errors.ReuseExceptionHandlers;
import dev.flute.examples.path.PathConverter;
import dev.flute.examples.path.PathEnum;
import dev.flute.examples.path.PathParams;
import dev.flute.examples.path.PathTyped;
import dev.flute.examples.path.PathUntyped;
import dev.flute.examples.path.PathValidation;
import dev.flute.examples.path.StarletteBasic;
import dev.flute.examples.query.QueryDefaults;
import dev.flute.examples.query.QueryList;
import dev.flute.examples.query.QueryOptional;
import dev.flute.examples.query.QueryValidation;
import dev.flute.examples.tasks.BackgroundTasksExample;
import dev.flute.examples.tasks.MiddlewareTiming;
import java.util.List;
import java.util.Optional;

/** Every example, in the order of the seed tour. Listed by hand: no classpath scanning. */
public final class Examples {
    private Examples() {}

    public static final List<Example> ALL = List.of(
            new Example("demo", "-", Demo::app),
            new Example("starlette-basic", "2", StarletteBasic::app),
            new Example("path-params", "2.1", PathParams::app),
            new Example("path-untyped", "2.1.1", PathUntyped::app),
            new Example("path-typed", "2.1.2", PathTyped::app),
            new Example("path-converter", "2.1.3", PathConverter::app),
            new Example("path-enum", "2.1.4", PathEnum::app),
            new Example("path-validation", "2.1.5", PathValidation::app),
            new Example("query-defaults", "2.2.1", QueryDefaults::app),
            new Example("query-optional", "2.2.2", QueryOptional::app),
            new Example("query-validation", "2.2.3", QueryValidation::app),
            new Example("query-list", "2.2.4", QueryList::app),
            new Example("body-basic", "2.3.1", BodyBasic::app),
            new Example("body-path-query", "2.3.2", BodyPathQuery::app),
            new Example("body-multiple", "2.3.4", BodyMultiple::app),
            new Example("body-singular", "2.3.5", BodySingular::app),
            new Example("body-embed", "2.3.6", BodyEmbed::app),
            new Example("body-list-field", "2.3.7", BodyListField::app),
            new Example("body-submodel", "2.3.7", BodySubmodel::app),
            new Example("http-exception", "2.11.1", HttpException::app),
            new Example("http-exception-headers", "2.11.2", HttpExceptionHeaders::app),
            new Example("custom-exception-handler", "2.11.3", CustomExceptionHandler::app),
            new Example("reuse-exception-handlers", "2.11.4", ReuseExceptionHandlers::app),
            new Example("middleware-timing", "2.14", MiddlewareTiming::app),
            new Example("background-tasks", "2.15", BackgroundTasksExample::app));

    public static Optional<Example> named(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
