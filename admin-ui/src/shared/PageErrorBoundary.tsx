import { Component, type ErrorInfo, type ReactNode } from "react";
import { ErrorView } from "./LoadState";

/**
 * Keeps a page's rendering error inside that page: without it React unmounts the whole console, navigation
 * included. "Try again" renders the page anew; a page left and reached again starts afresh (the boundary is keyed
 * by route).
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("A console page failed to render", error, info.componentStack);
  }

  render() {
    return this.state.error ? <ErrorView error={this.state.error} onRetry={() => this.setState({ error: undefined })} /> : this.props.children;
  }
}
