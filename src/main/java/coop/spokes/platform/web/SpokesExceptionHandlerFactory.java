package coop.spokes.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registers {@link SpokesExceptionHandler} (faces-config.xml). */
public class SpokesExceptionHandlerFactory extends ExceptionHandlerFactory {

  public SpokesExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new SpokesExceptionHandler(getWrapped().getExceptionHandler());
  }
}
