package com.example.courseport.none;

/** A third party's package that plugs nothing in. */
public final class NoPlugIn {
  private NoPlugIn() {}
}
