import DZLayouts
